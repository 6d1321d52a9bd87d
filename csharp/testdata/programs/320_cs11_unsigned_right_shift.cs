// checks: the >>> operator shifts in zeros for signed types; >> keeps the sign; >>>= compound assignment
// expect: hand-checked (C# 11: unsigned right shift operator)
using System;

class Program
{
    static void Main()
    {
        int n = -8;
        Console.WriteLine((n >> 1) + " " + (n >>> 1));
        Console.WriteLine((-1 >>> 28) + " " + (16 >>> 2));
        long l = -1L;
        Console.WriteLine(l >>> 60);
        int x = int.MinValue;
        x >>>= 31;
        Console.WriteLine(x);
    }
}
