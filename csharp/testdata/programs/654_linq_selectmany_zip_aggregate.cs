// checks: SelectMany flattening (with a result selector), Zip stops at the shorter sequence, Aggregate with and without a seed, SequenceEqual, Concat of empty sequences, Reverse and Skip/Take on a projection
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var teams = new Dictionary<string, List<int>> { ["red"] = new List<int> { 101, 102 }, ["blue"] = new List<int>(), ["green"] = new List<int> { 301 } };
        Console.WriteLine(string.Join(",", teams.SelectMany(t => t.Value)));
        Console.WriteLine(string.Join(" ", teams.SelectMany(t => t.Value, (t, ext) => t.Key + ext)));
        Console.WriteLine(string.Join(",", new[] { "ab", "", "c" }.SelectMany(s => s)));
        var names = new[] { "ann", "bob", "cy" };
        var exts = new[] { 10, 20, 30, 40 };
        Console.WriteLine(string.Join(" ", names.Zip(exts, (n, e) => n + e)));
        Console.WriteLine(string.Join(" ", exts.Zip(names, (e, n) => e + n)));
        Console.WriteLine(exts.Aggregate((acc, x) => acc * 2 + x) + " " + exts.Aggregate(1000, (acc, x) => acc - x) + " " + names.Aggregate("", (acc, n) => acc + n[0], s => s.ToUpper()));
        try { new int[0].Aggregate((a, b) => a + b); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(exts.SequenceEqual(new List<int> { 10, 20, 30, 40 }) + " " + exts.SequenceEqual(exts.Take(3)) + " " + new int[0].SequenceEqual(Enumerable.Empty<int>()));
        Console.WriteLine(new int[0].Concat(new int[0]).Count() + " " + string.Join(",", exts.Select(x => x / 10).Reverse().Skip(1).Take(2)));
        var flat = Enumerable.Range(1, 3).SelectMany(i => Enumerable.Repeat(i, i));
        Console.WriteLine(string.Join("", flat) + " " + flat.Count() + " " + flat.Distinct().Count());
    }
}
