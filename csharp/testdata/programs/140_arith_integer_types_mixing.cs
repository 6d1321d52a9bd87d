// checks: binary numeric promotion: byte+byte is int, int+long is long, uint+int is long, int+double is double
using System;

class Program
{
    static void Main()
    {
        byte a = 200, b = 100;
        var s = a + b;
        Console.WriteLine(s + " " + s.GetType().Name);
        short sh = 1;
        Console.WriteLine((sh + sh).GetType().Name);
        Console.WriteLine((1 + 1L).GetType().Name);
        uint u = 1;
        int i = -2;
        Console.WriteLine((u + i).GetType().Name + " " + (u + i));
        Console.WriteLine((1 + 1.0).GetType().Name);
        Console.WriteLine((1 + 1.0f).GetType().Name);
        Console.WriteLine((1 + 1m).GetType().Name);
        Console.WriteLine((1UL + 1u).GetType().Name);
        char c = 'a';
        Console.WriteLine((c + c).GetType().Name);
        Console.WriteLine((-u).GetType().Name);
        sbyte sb = -1;
        Console.WriteLine((sb * 2).GetType().Name + " " + (sb * 2));
        long big = int.MaxValue;
        Console.WriteLine(big + 1);
        Console.WriteLine(int.MaxValue + 1L);
        Console.WriteLine((long)int.MaxValue * 2);
        Console.WriteLine(int.MaxValue * 2L);
    }
}
