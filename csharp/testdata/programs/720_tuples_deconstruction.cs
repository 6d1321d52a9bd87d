// checks: value tuples: methods returning named tuples, deconstruction into new and existing variables, swap via tuples, tuple Equals and ToString, nested tuples, tuples as dictionary keys, Item1/Item2 access on named tuples, tuple comparison via CompareTo, discards
using System;
using System.Collections.Generic;

class Program
{
    static (int Min, int Max, double Avg) Stats(int[] xs)
    {
        int min = int.MaxValue, max = int.MinValue, sum = 0;
        foreach (var x in xs) { if (x < min) min = x; if (x > max) max = x; sum += x; }
        return (min, max, (double)sum / xs.Length);
    }

    static (string, int) Parse(string s)
    {
        var parts = s.Split('=');
        return (parts[0], int.Parse(parts[1]));
    }

    static void Main()
    {
        var s = Stats(new[] { 4, 8, 1, 7 });
        Console.WriteLine(s.Min + " " + s.Max + " " + s.Avg + " " + s.Item1);
        Console.WriteLine(s);
        var (mn, mx, _) = Stats(new[] { 10, 20 });
        Console.WriteLine(mn + ".." + mx);
        string key; int val;
        (key, val) = Parse("timeout=30");
        Console.WriteLine(key + " -> " + val);
        int a = 1, b = 2;
        (a, b) = (b, a);
        Console.WriteLine(a + " " + b);
        var t1 = (1, "x");
        var t2 = (1, "x");
        Console.WriteLine(t1.Equals(t2) + " " + t1.Equals((2, "x")));
        var nested = (1, (2, 3), "four");
        Console.WriteLine(nested + " " + nested.Item2.Item2);
        var grid = new Dictionary<(int, int), string> { [(0, 0)] = "origin", [(1, 2)] = "p" };
        Console.WriteLine(grid[(1, 2)] + " " + grid.ContainsKey((2, 1)));
        var pairs = new List<(string Name, int Score)> { ("bob", 3), ("amy", 5), ("cat", 3) };
        pairs.Sort((x, y) => x.Score != y.Score ? y.Score.CompareTo(x.Score) : string.CompareOrdinal(x.Name, y.Name));
        foreach (var p in pairs) Console.Write(p.Name + ":" + p.Score + " ");
        Console.WriteLine();
        Console.WriteLine((1, 2).CompareTo((1, 3)) + " " + (2, 0).CompareTo((1, 9)) + " " + ("a", 1).CompareTo(("a", 1)));
        var (q, r) = (17 / 5, 17 % 5);
        Console.WriteLine(q + " r" + r);
        (int x, int y) point = (3, 4);
        point.x += 10;
        Console.WriteLine(point + " " + point.x);
        var copy = point;
        copy.y = 0;
        Console.WriteLine(point.y + " " + copy.y);
        Tuple<int, string> old = Tuple.Create(5, "five");
        Console.WriteLine(old.Item1 + " " + old.Item2 + " " + old);
    }
}
