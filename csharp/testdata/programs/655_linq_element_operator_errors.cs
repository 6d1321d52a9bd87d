// checks: First/Last/Single/ElementAt and Min/Max/Average on empty or oversized sequences throw InvalidOperationException (or ArgumentOutOfRangeException), the OrDefault forms give default, Min/Max of nullable values skip nulls
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Try(string what, Func<object> f)
    {
        try { Console.WriteLine(what + " = " + (f() ?? "null")); }
        catch (Exception e) { Console.WriteLine(what + " -> " + e.GetType().Name); }
    }

    static void Main()
    {
        var empty = new List<int>();
        var one = new[] { 7 };
        var many = new[] { 4, 8, 15, 16 };
        Try("First(empty)", () => empty.First());
        Try("FirstOrDefault(empty)", () => empty.FirstOrDefault());
        Try("First(pred none)", () => many.First(x => x > 100));
        Try("Last(many)", () => many.Last());
        Try("LastOrDefault(pred)", () => many.LastOrDefault(x => x < 10));
        Try("Single(one)", () => one.Single());
        Try("Single(many)", () => many.Single());
        Try("SingleOrDefault(many)", () => many.SingleOrDefault());
        Try("SingleOrDefault(empty)", () => empty.SingleOrDefault());
        Try("Single(pred two)", () => many.Single(x => x > 10));
        Try("ElementAt(9)", () => many.ElementAt(9));
        Try("ElementAtOrDefault(9)", () => many.ElementAtOrDefault(9));
        Try("Min(empty)", () => empty.Min());
        Try("Max(many)", () => many.Max());
        Try("Average(empty)", () => empty.Average());
        Try("Average(many)", () => many.Average());
        Try("Sum(empty)", () => empty.Sum());
        var nullable = new int?[] { null, 3, null, 1 };
        Try("Min(nullable)", () => nullable.Min());
        Try("Max(all null)", () => new int?[] { null }.Max());
        Try("Max(strings)", () => new[] { "pear", "apple", "zoo" }.Max());
        Try("Min(empty strings)", () => new string[0].Min());
        Try("Average(nullable)", () => nullable.Average());
    }
}
