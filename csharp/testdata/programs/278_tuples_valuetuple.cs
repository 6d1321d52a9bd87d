// checks: C# 7 tuples: named elements, Item1.., deconstruction, tuple equality via Equals, ToString, returning tuples, swapping
using System;
using System.Collections.Generic;

class Program
{
    static (int min, int max) MinMax(int[] xs)
    {
        int lo = int.MaxValue, hi = int.MinValue;
        foreach (var x in xs) { if (x < lo) lo = x; if (x > hi) hi = x; }
        return (lo, hi);
    }

    static void Main()
    {
        var r = MinMax(new[] { 5, -2, 9, 3 });
        Console.WriteLine(r.min + " " + r.max + " " + r.Item1 + " " + r);
        (string name, int ext) agent = ("ann", 101);
        Console.WriteLine(agent.name + "@" + agent.ext);
        var (lo, hi) = MinMax(new[] { 7 });
        Console.WriteLine(lo + " " + hi);
        int a = 1, b = 2;
        (a, b) = (b, a);
        Console.WriteLine(a + " " + b);
        var t1 = (1, "x");
        var t2 = (1, "x");
        Console.WriteLine(t1.Equals(t2) + " " + t1.Equals((2, "x")));
        var nested = (1, (2, 3));
        Console.WriteLine(nested.Item2.Item1 + " " + nested);
        var list = new List<(string, int)> { ("b", 2), ("a", 1) };
        list.Sort();
        Console.WriteLine(string.Join(" ", list));
        var dict = new Dictionary<(int, int), string> { [(0, 0)] = "origin", [(1, 2)] = "point" };
        Console.WriteLine(dict[(1, 2)] + " " + dict.ContainsKey((2, 1)));
        var t3 = Tuple.Create("old", 1);
        Console.WriteLine(t3.Item1 + " " + t3);
        Console.WriteLine((1, 2).CompareTo((1, 3)));
    }
}
