// checks: ToDictionary (duplicate keys throw ArgumentException, comparer), LINQ over a Dictionary (OrderBy on pairs, Where on values, Sum of values), KeyValuePair Key/Value, ToList snapshots while Keys/Values are live views (read-only through ICollection<T>, Add while enumerating them throws)
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var calls = new[] { ("101", 30), ("102", 5), ("103", 50), ("104", 5) };
        var byExt = calls.ToDictionary(c => c.Item1, c => c.Item2);
        Console.WriteLine(byExt.Count + " " + byExt["103"]);
        try { calls.ToDictionary(c => c.Item2); } catch (ArgumentException e) { Console.WriteLine("duplicate: " + e.GetType().Name); }
        var ci = new[] { "Sales", "support" }.ToDictionary(s => s, s => s.Length, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(ci["SALES"] + " " + ci.ContainsKey("SUPPORT"));
        Console.WriteLine(string.Join(" ", byExt.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => kv.Key + "=" + kv.Value)));
        Console.WriteLine(string.Join(",", byExt.Where(kv => kv.Value >= 30).Select(kv => kv.Key)) + " " + byExt.Values.Sum() + " " + byExt.Keys.Max());
        var first = byExt.First();
        Console.WriteLine(first.Key + " " + first.Value + " " + first);
        var snapshot = byExt.Keys.ToList();
        byExt.Remove("101");
        Console.WriteLine(snapshot.Count + " " + byExt.Count + " " + string.Join(",", snapshot));
        var inverted = byExt.GroupBy(kv => kv.Value).ToDictionary(g => g.Key, g => string.Join("+", g.Select(kv => kv.Key)));
        Console.WriteLine(string.Join(" ", inverted.Select(kv => kv.Key + ":" + kv.Value)));
        var counts = "abracadabra".GroupBy(ch => ch).ToDictionary(g => g.Key, g => g.Count());
        Console.WriteLine(string.Join(" ", counts.OrderBy(kv => kv.Key).Select(kv => kv.Key + "" + kv.Value)));
        var keys = byExt.Keys;
        var values = byExt.Values;
        byExt["105"] = 7;
        Console.WriteLine(keys.Count + " " + string.Join(",", keys) + " " + string.Join(",", values) + " " + keys.Contains("105") + " " + values.Contains(50));
        try { foreach (var k in byExt.Keys) byExt.Add(k + "0", 0); } catch (InvalidOperationException) { Console.WriteLine("Add while enumerating Keys: InvalidOperationException"); }
        try { ((ICollection<string>)keys).Add("x"); } catch (NotSupportedException e) { Console.WriteLine(e.Message); }
        try { ((ICollection<int>)values).Clear(); } catch (NotSupportedException e) { Console.WriteLine(e.Message); }
    }
}
