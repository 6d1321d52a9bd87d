// checks: unchecked integer overflow wraps (the default context), checked blocks and expressions throw OverflowException
using System;

class Program
{
    static void Main()
    {
        int max = int.MaxValue;
        Console.WriteLine(max + 1);
        Console.WriteLine(unchecked(max * 2));
        long lmax = long.MaxValue;
        Console.WriteLine(lmax + 1);
        try { Console.WriteLine(checked(max + 1)); }
        catch (OverflowException) { Console.WriteLine("OverflowException +"); }
        try
        {
            checked
            {
                int a = max;
                a++;
                Console.WriteLine(a);
            }
        }
        catch (OverflowException) { Console.WriteLine("OverflowException ++"); }
        try { checked { int m = int.MinValue; Console.WriteLine(-m); } }
        catch (OverflowException) { Console.WriteLine("OverflowException negate"); }
        int minv = int.MinValue;
        Console.WriteLine(-minv == minv ? "wraps" : "no");
        try { checked { Console.WriteLine((byte)(max - int.MaxValue + 256)); } }
        catch (OverflowException) { Console.WriteLine("OverflowException narrowing"); }
        try { checked { long big = 1L << 40; Console.WriteLine((int)big); } }
        catch (OverflowException) { Console.WriteLine("OverflowException long->int"); }
        checked
        {
            int x = max;
            Console.WriteLine(unchecked(x + 1));
        }
        try { checked { ulong u = 0; u--; } }
        catch (OverflowException) { Console.WriteLine("OverflowException ulong--"); }
        double huge = 1e10;
        try { checked { Console.WriteLine((int)huge); } }
        catch (OverflowException) { Console.WriteLine("OverflowException double->int"); }
        short s = short.MaxValue;
        s++;
        Console.WriteLine(s);
        try { checked { int min = int.MinValue; Console.WriteLine(min / -1); } }
        catch (OverflowException) { Console.WriteLine("OverflowException MinValue / -1"); }
    }
}
