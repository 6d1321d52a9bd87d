// checks: GroupBy keeps groups in first-key order and elements in source order; ToDictionary (duplicate key throws), ToLookup
using System;
using System.Collections.Generic;
using System.Linq;

class Call { public string Agent; public int Secs; public string Result; }

class Program
{
    static void Main()
    {
        var calls = new List<Call>
        {
            new Call { Agent = "101", Secs = 30, Result = "answered" },
            new Call { Agent = "102", Secs = 0, Result = "missed" },
            new Call { Agent = "101", Secs = 95, Result = "answered" },
            new Call { Agent = "103", Secs = 12, Result = "answered" },
            new Call { Agent = "102", Secs = 44, Result = "answered" },
        };
        foreach (var g in calls.GroupBy(c => c.Agent))
            Console.WriteLine(g.Key + ": " + g.Count() + " calls, " + g.Sum(c => c.Secs) + "s, results " + string.Join("/", g.Select(c => c.Result)));
        foreach (var g in calls.GroupBy(c => c.Result, c => c.Agent))
            Console.WriteLine(g.Key + " -> " + string.Join(",", g));
        var byAgent = calls.GroupBy(c => c.Agent).ToDictionary(g => g.Key, g => g.Max(c => c.Secs));
        foreach (var kv in byAgent) Console.WriteLine(kv.Key + " max " + kv.Value);
        try { calls.ToDictionary(c => c.Agent); }
        catch (ArgumentException) { Console.WriteLine("ArgumentException duplicate key"); }
        var lookup = calls.ToLookup(c => c.Result);
        Console.WriteLine(lookup["answered"].Count() + " " + lookup["missed"].Count() + " " + lookup["busy"].Count() + " " + lookup.Count);
        var dict = new[] { "a", "bb", "ccc" }.ToDictionary(s => s.Length);
        Console.WriteLine(dict[2] + " " + dict.Count);
        var counts = "mississippi".GroupBy(ch => ch).Select(g => g.Key + "" + g.Count());
        Console.WriteLine(string.Join(" ", counts));
    }
}
