// checks: implicit and explicit numeric conversions, truncation toward zero, char/int conversions, boxing and unboxing
using System;

class Program
{
    static void Main()
    {
        int i = 300;
        long l = i;
        double d = l;
        Console.WriteLine(l + " " + d);
        Console.WriteLine((int)3.99 + " " + (int)-3.99);
        Console.WriteLine((byte)i);
        Console.WriteLine(unchecked((sbyte)200));
        Console.WriteLine(unchecked((short)70000));
        Console.WriteLine(unchecked((uint)-1));
        Console.WriteLine((long)unchecked((uint)-1));
        Console.WriteLine((int)'A' + " " + (char)97);
        Console.WriteLine((int)2.5m + " " + (decimal)2.75);
        Console.WriteLine((long)1e18);
        object o = 42;
        int back = (int)o;
        Console.WriteLine(back + 1);
        try
        {
            long wrong = (long)o;
            Console.WriteLine(wrong);
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("InvalidCastException");
        }
        Console.WriteLine((double)(float)0.5);
        Console.WriteLine((int)(char)65535);
        ulong big = ulong.MaxValue;
        Console.WriteLine((int)big);
    }
}
