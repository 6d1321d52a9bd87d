// checks: Count, Sum, Min, Max, Average, Aggregate with and without seed, on ints and decimals; empty sequence behaviour
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var xs = new[] { 4, 8, 15, 16, 23, 42 };
        Console.WriteLine(xs.Count() + " " + xs.Count(x => x > 10) + " " + xs.Sum() + " " + xs.Min() + " " + xs.Max());
        Console.WriteLine(new[] { 1, 2, 3, 4 }.Average());
        Console.WriteLine(xs.Sum(x => x * 2) + " " + xs.Max(x => -x) + " " + xs.Min(x => x % 5));
        Console.WriteLine(xs.Aggregate((a, b) => a * 10 + b % 10));
        Console.WriteLine(xs.Aggregate(100, (acc, x) => acc - x));
        Console.WriteLine(xs.Aggregate("", (acc, x) => acc + x.ToString("X"), s => s.ToLower()));
        var prices = new List<decimal> { 1.10m, 2.20m, 3.30m };
        Console.WriteLine(prices.Sum() + " " + prices.Average() + " " + prices.Max());
        var empty = new int[0];
        Console.WriteLine(empty.Sum() + " " + empty.Count());
        try { Console.WriteLine(empty.Max()); }
        catch (InvalidOperationException) { Console.WriteLine("InvalidOperationException Max"); }
        try { Console.WriteLine(empty.Average()); }
        catch (InvalidOperationException) { Console.WriteLine("InvalidOperationException Average"); }
        int?[] nullable = { 1, null, 3 };
        Console.WriteLine(nullable.Sum() + " " + nullable.Max() + " " + nullable.Average());
        Console.WriteLine(new[] { "pear", "fig", "banana" }.Max(s => s.Length) + " " + new long[] { 5, 7 }.Sum());
        Console.WriteLine(new int?[0].Max() == null);
    }
}
