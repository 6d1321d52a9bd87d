// checks: Any/All/Contains (with comparer), Distinct, Union, Intersect, Except keep first-seen order; SequenceEqual
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var a = new[] { 1, 2, 2, 3, 4, 4, 5 };
        var b = new[] { 4, 5, 6, 6, 7 };
        Console.WriteLine(a.Any() + " " + a.Any(x => x > 4) + " " + a.All(x => x > 0) + " " + a.All(x => x > 1));
        Console.WriteLine(new int[0].Any() + " " + new int[0].All(x => false));
        Console.WriteLine(a.Contains(3) + " " + a.Contains(9));
        Console.WriteLine(string.Join(",", a.Distinct()));
        Console.WriteLine(string.Join(",", a.Union(b)));
        Console.WriteLine(string.Join(",", a.Intersect(b)));
        Console.WriteLine(string.Join(",", a.Except(b)));
        Console.WriteLine(string.Join(",", b.Except(a)));
        var names = new[] { "Ann", "ann", "BOB", "bob", "Cy" };
        Console.WriteLine(string.Join(",", names.Distinct(StringComparer.OrdinalIgnoreCase)));
        Console.WriteLine(names.Contains("cy", StringComparer.OrdinalIgnoreCase) + " " + names.Contains("cy"));
        Console.WriteLine(a.SequenceEqual(new[] { 1, 2, 2, 3, 4, 4, 5 }) + " " + a.SequenceEqual(b));
        Console.WriteLine(string.Join(",", new[] { 3, 1, 3, 2, 1 }.Distinct()));
    }
}
