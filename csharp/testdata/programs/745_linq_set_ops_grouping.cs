// checks: LINQ operators: Distinct, Union, Intersect, Except keeping first-seen order, Concat, Zip, Aggregate with and without seed, GroupBy with element and result selectors, ToLookup missing keys, Skip/Take/SkipWhile/TakeWhile, Select with index, SequenceEqual, Reverse, DefaultIfEmpty, Min/Max on empty throwing, Sum of empty is 0, Join and GroupJoin
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void P<T>(string label, IEnumerable<T> xs) => Console.WriteLine(label + ": " + string.Join(" ", xs));

    static void Main()
    {
        int[] a = { 5, 3, 5, 1, 3, 9 }, b = { 3, 4, 9, 4, 7 };
        P("distinct", a.Distinct());
        P("union", a.Union(b));
        P("intersect", a.Intersect(b));
        P("except", a.Except(b));
        P("concat", a.Concat(b));
        P("zip", a.Zip(b, (x, y) => x + "" + y));
        Console.WriteLine(a.Aggregate((acc, x) => acc * 10 + x) + " " + a.Aggregate(100, (acc, x) => acc - x) + " " + a.Aggregate("", (acc, x) => acc + x, s => s.Length));
        var words = new[] { "apple", "avocado", "banana", "blueberry", "cherry", "apricot" };
        foreach (var g in words.GroupBy(w => w[0], w => w.Length, (k, lens) => k + ":" + string.Join("/", lens)))
            Console.WriteLine(g);
        var look = words.ToLookup(w => w.Length);
        Console.WriteLine(look[6].Count() + " " + look[42].Count() + " " + look.Count + " " + string.Join(",", look[7]));
        var nums = Enumerable.Range(1, 10);
        P("skip/take", nums.Skip(2).Take(3));
        P("skipwhile", nums.SkipWhile(n => n < 8));
        P("takewhile", nums.TakeWhile(n => n * n < 20));
        P("indexed", words.Select((w, i) => i + "=" + w.Substring(0, 2)).Where((s, i) => i % 2 == 0));
        Console.WriteLine(a.SequenceEqual(new[] { 5, 3, 5, 1, 3, 9 }) + " " + a.SequenceEqual(b));
        P("reverse", a.Reverse());
        P("default", new int[0].DefaultIfEmpty(-1));
        Console.WriteLine(new int[0].Sum() + " " + new int[0].Count() + " " + new int?[] { null, 2 }.Max());
        try { new int[0].Max(); } catch (InvalidOperationException) { Console.WriteLine("Max of empty throws"); }
        try { new int[0].First(); } catch (InvalidOperationException) { Console.WriteLine("First of empty throws"); }
        Console.WriteLine(new int[0].FirstOrDefault() + " " + new string[0].FirstOrDefault() == null);
        var people = new[] { new { Name = "ann", Dept = 1 }, new { Name = "bob", Dept = 2 }, new { Name = "cid", Dept = 1 }, new { Name = "dan", Dept = 3 } };
        var depts = new[] { new { Id = 1, Title = "sales" }, new { Id = 2, Title = "support" }, new { Id = 4, Title = "empty" } };
        P("join", people.Join(depts, p => p.Dept, d => d.Id, (p, d) => p.Name + "@" + d.Title));
        P("groupjoin", depts.GroupJoin(people, d => d.Id, p => p.Dept, (d, ps) => d.Title + "[" + string.Join(",", ps.Select(x => x.Name)) + "]"));
        P("orderby desc then", people.OrderByDescending(p => p.Dept).ThenBy(p => p.Name).Select(p => p.Name));
        Console.WriteLine(nums.Where(n => n % 2 == 0).Select(n => n * n).Sum() + " " + nums.Average() + " " + nums.Count(n => n > 4) + " " + nums.Last() + " " + nums.ElementAt(3) + " " + nums.Contains(11));
        P("cast", new object[] { 1, 2, 3 }.Cast<int>().Select(x => x * 2));
        P("oftype", new object[] { 1, "two", 3, null, 4.0 }.OfType<int>());
    }
}
