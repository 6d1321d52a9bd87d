// checks: SelectMany flattening (with result selector), Zip truncates to the shorter, Concat, Range/Repeat/Empty
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var groups = new[] { new[] { 1, 2 }, new int[0], new[] { 3 } };
        Console.WriteLine(string.Join(",", groups.SelectMany(g => g)));
        var teams = new Dictionary<string, string[]> { { "sales", new[] { "ann", "bob" } }, { "support", new[] { "cy" } } };
        Console.WriteLine(string.Join(" ", teams.SelectMany(t => t.Value, (t, m) => m + "@" + t.Key)));
        Console.WriteLine(string.Join(" ", new[] { 1, 2, 3 }.Zip(new[] { "a", "b" }, (n, s) => s + n)));
        Console.WriteLine(string.Join(",", new[] { 1, 2 }.Concat(new[] { 2, 3 })));
        Console.WriteLine(string.Join(",", Enumerable.Range(5, 4)) + " | " + string.Join(",", Enumerable.Repeat("x", 3)) + " | " + Enumerable.Empty<int>().Count());
        Console.WriteLine(string.Join(",", "ab".SelectMany(c => new[] { c, char.ToUpper(c) })));
        var pairs = from x in Enumerable.Range(1, 3) from y in Enumerable.Range(x, 2) select x + "-" + y;
        Console.WriteLine(string.Join(" ", pairs));
    }
}
