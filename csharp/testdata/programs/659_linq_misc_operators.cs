// checks: Cast/OfType, All on an empty sequence is true, Any/Count with predicates, Contains with a comparer, DefaultIfEmpty, TakeWhile/SkipWhile, Chunk-free paging with Skip/Take, deferred queries see later list changes while ToList does not
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var mixed = new ArrayList { 1, "two", 3, null, 4.5, "six" };
        Console.WriteLine(string.Join(",", mixed.OfType<string>()) + " " + mixed.OfType<int>().Sum());
        try { Console.WriteLine(mixed.Cast<int>().Sum()); } catch (InvalidCastException) { Console.WriteLine("Cast: InvalidCastException"); }
        object[] boxed = { 1, 2, 3 };
        Console.WriteLine(boxed.Cast<int>().Sum());
        var none = new int[0];
        Console.WriteLine(none.All(x => x > 100) + " " + none.Any() + " " + none.Any(x => true) + " " + new[] { 1, 2, 3 }.Count(x => x != 2));
        Console.WriteLine(new[] { "A", "b" }.Contains("a") + " " + new[] { "A", "b" }.Contains("a", StringComparer.OrdinalIgnoreCase));
        Console.WriteLine(string.Join(",", none.DefaultIfEmpty()) + " " + string.Join(",", none.DefaultIfEmpty(-1)) + " " + string.Join(",", new[] { 7 }.DefaultIfEmpty(-1)));
        var secs = new[] { 3, 5, 8, 2, 9, 1 };
        Console.WriteLine(string.Join(",", secs.TakeWhile(s => s < 8)) + " | " + string.Join(",", secs.SkipWhile(s => s < 8)) + " | " + string.Join(",", secs.TakeWhile((s, i) => i < 2)));
        var items = Enumerable.Range(1, 10).ToList();
        for (int page = 0; page < 4; page++) Console.Write("[" + string.Join(",", items.Skip(page * 3).Take(3)) + "]");
        Console.WriteLine();
        var live = items.Where(x => x > 8);
        var copy = items.Where(x => x > 8).ToList();
        items.Add(11); items.Add(12);
        Console.WriteLine(string.Join(",", live) + " | " + string.Join(",", copy));
        var lengths = new List<string> { "aa", "b", "cccc", "d" }.Select(s => s.Length);
        Console.WriteLine(lengths.Max() + " " + lengths.Min() + " " + lengths.Sum() + " " + new[] { 2, 1, 4, 1 }.Average());
        Console.WriteLine(string.Join(",", new[] { 5, 1, 4 }.Select((x, i) => i + ":" + x)) + " " + string.Join(",", new[] { 5, 1, 4 }.Where((x, i) => i != 1)));
    }
}
