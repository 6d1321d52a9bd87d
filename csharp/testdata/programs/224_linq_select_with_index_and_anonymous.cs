// checks: Select and Where with index, projections to anonymous types and their ToString/equality
using System;
using System.Linq;

class Program
{
    static void Main()
    {
        var words = new[] { "alpha", "beta", "gamma", "delta" };
        Console.WriteLine(string.Join(" ", words.Select((w, i) => i + ":" + w)));
        Console.WriteLine(string.Join(" ", words.Where((w, i) => i % 2 == 1)));
        var projected = words.Select(w => new { Word = w, Len = w.Length, First = w[0] }).ToList();
        Console.WriteLine(projected[0]);
        Console.WriteLine(projected.Where(p => p.Len == 5).Count());
        var a = new { X = 1, Y = "y" };
        var b = new { X = 1, Y = "y" };
        Console.WriteLine(a.Equals(b) + " " + (a == b) + " " + (a.GetType() == b.GetType()));
        var longest = words.Select(w => new { w, n = w.Length }).OrderByDescending(p => p.n).ThenBy(p => p.w, StringComparer.Ordinal).First();
        Console.WriteLine(longest.w + " " + longest.n);
        var nested = new { Name = "outer", Inner = new { V = 2 } };
        Console.WriteLine(nested);
    }
}
