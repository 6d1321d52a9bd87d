// checks: Distinct, Union, Intersect and Except keep first-appearance order of the first sequence (then the second for Union), drop duplicates, use the comparer given; Concat keeps duplicates
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var a = new[] { 5, 3, 5, 1, 3, 9 };
        var b = new[] { 9, 2, 3, 2, 7 };
        Console.WriteLine(string.Join(",", a.Distinct()));
        Console.WriteLine(string.Join(",", a.Union(b)));
        Console.WriteLine(string.Join(",", a.Intersect(b)));
        Console.WriteLine(string.Join(",", b.Intersect(a)));
        Console.WriteLine(string.Join(",", a.Except(b)));
        Console.WriteLine(string.Join(",", b.Except(a)));
        Console.WriteLine(string.Join(",", a.Concat(b)));
        var names = new[] { "Ann", "ann", "BOB", "bob", "Cy" };
        Console.WriteLine(string.Join(",", names.Distinct(StringComparer.OrdinalIgnoreCase)));
        Console.WriteLine(string.Join(",", names.Distinct()));
        Console.WriteLine(string.Join(",", names.Except(new[] { "ANN" }, StringComparer.OrdinalIgnoreCase)));
        Console.WriteLine(string.Join(",", names.Union(new[] { "cy", "Dee" }, StringComparer.OrdinalIgnoreCase)));
        Console.WriteLine(string.Join(",", names.Intersect(new[] { "BOB", "cy" }, StringComparer.OrdinalIgnoreCase)));
        var withNull = new string[] { null, "x", null, "y" };
        Console.WriteLine(withNull.Distinct().Count() + " " + withNull.Contains(null));
    }
}
