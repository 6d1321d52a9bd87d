// checks: values from Random are used only through seed-independent properties (ranges, counts), so output is deterministic
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var r = new Random(12345);
        bool allInRange = true;
        for (int i = 0; i < 1000; i++)
        {
            int v = r.Next(10, 20);
            if (v < 10 || v >= 20) allInRange = false;
            double d = r.NextDouble();
            if (d < 0 || d >= 1) allInRange = false;
        }
        Console.WriteLine(allInRange);
        Console.WriteLine(r.Next(5, 5) + " " + r.Next(1));
        var bytes = new byte[8];
        r.NextBytes(bytes);
        Console.WriteLine(bytes.Length);
        var a = new Random(7);
        var b = new Random(7);
        bool same = true;
        for (int i = 0; i < 20; i++) if (a.Next() != b.Next()) same = false;
        Console.WriteLine("same seed, same sequence: " + same);
        try { r.Next(5, 1); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("ArgumentOutOfRangeException"); }
    }
}
