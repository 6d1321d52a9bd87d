// checks: ^ from-end indices and .. ranges on arrays: slicing copies, open ranges, Index and Range values and ToString
// expect: hand-checked (C# 8: indices and ranges)
using System;

class Program
{
    static void Main()
    {
        int[] a = { 10, 20, 30, 40, 50 };
        Console.WriteLine(a[^1] + " " + a[^5] + " " + a[0]);
        Console.WriteLine(string.Join(",", a[1..3]));
        Console.WriteLine(string.Join(",", a[..2]) + " | " + string.Join(",", a[3..]) + " | " + string.Join(",", a[..]));
        Console.WriteLine(string.Join(",", a[^2..]) + " | " + string.Join(",", a[1..^1]) + " | " + a[2..2].Length);
        var slice = a[1..3];
        slice[0] = 99;
        Console.WriteLine(a[1] + " " + slice[0]);
        Index i = ^2;
        Range r = 1..^1;
        Console.WriteLine(a[i] + " " + i + " " + r + " " + i.IsFromEnd + " " + i.Value);
        Console.WriteLine(string.Join(",", a[r]));
        try { Console.WriteLine(a[^6]); }
        catch (IndexOutOfRangeException) { Console.WriteLine("IndexOutOfRangeException"); }
        try { Console.WriteLine(a[3..1].Length); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("ArgumentOutOfRangeException"); }
    }
}
