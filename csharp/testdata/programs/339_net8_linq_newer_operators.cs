// checks: LINQ operators added in .NET Core/.NET 6+: MaxBy/MinBy, DistinctBy, Chunk, TakeLast/SkipLast, Append/Prepend, ToHashSet, Order (.NET 7)
// expect: hand-checked (.NET 8 API: Mono 6.8's System.Core lacks these operators)
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var agents = new[] { (Name: "ann", Calls: 5), (Name: "bob", Calls: 9), (Name: "cy", Calls: 2), (Name: "dee", Calls: 9) };
        Console.WriteLine(agents.MaxBy(a => a.Calls).Name + " " + agents.MinBy(a => a.Calls).Name);
        Console.WriteLine(string.Join(",", agents.DistinctBy(a => a.Calls).Select(a => a.Name)));
        foreach (var chunk in Enumerable.Range(1, 7).Chunk(3)) Console.WriteLine("[" + string.Join(",", chunk) + "]");
        Console.WriteLine(string.Join(",", Enumerable.Range(1, 5).TakeLast(2)) + " | " + string.Join(",", Enumerable.Range(1, 5).SkipLast(2)));
        Console.WriteLine(string.Join(",", new[] { 2, 3 }.Append(4).Prepend(1)));
        HashSet<int> set = new[] { 3, 1, 3 }.ToHashSet();
        Console.WriteLine(set.Count);
        Console.WriteLine(string.Join(",", new[] { 3, 1, 2 }.Order()) + " | " + string.Join(",", new[] { 3, 1, 2 }.OrderDescending()));
        Console.WriteLine(string.Join(" ", new[] { 1, 2, 3 }.Zip(new[] { "a", "b", "c" })));
        Console.WriteLine(new[] { 5, 6 }.FirstOrDefault(x => x > 10, -1));
    }
}
