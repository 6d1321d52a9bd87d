// checks: structs as Dictionary keys use field-wise equality; struct values in Dictionary must be replaced, not mutated in place
using System;
using System.Collections.Generic;

struct Key { public int A; public string B; public Key(int a, string b) { A = a; B = b; } }
struct Stats { public int Calls; public int Secs; }

class Program
{
    static void Main()
    {
        var d = new Dictionary<Key, string> { { new Key(1, "x"), "first" } };
        Console.WriteLine(d[new Key(1, "x")] + " " + d.ContainsKey(new Key(1, "y")));
        d[new Key(1, "x")] = "replaced";
        Console.WriteLine(d.Count + " " + d[new Key(1, "x")]);
        var stats = new Dictionary<string, Stats>();
        foreach (var t in new[] { ("101", 30), ("102", 5), ("101", 60) })
        {
            string agent = t.Item1;
            int secs = t.Item2;
            Stats s;
            stats.TryGetValue(agent, out s);
            s.Calls++;
            s.Secs += secs;
            stats[agent] = s;
        }
        foreach (var kv in stats) Console.WriteLine(kv.Key + ": " + kv.Value.Calls + " calls, " + kv.Value.Secs + "s");
        var set = new HashSet<Key> { new Key(2, null), new Key(2, null) };
        Console.WriteLine(set.Count);
    }
}
