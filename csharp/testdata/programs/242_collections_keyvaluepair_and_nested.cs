// checks: KeyValuePair construction and properties, Dictionary of Lists, nested dictionary updates, List of arrays
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var kv = new KeyValuePair<string, int>("k", 5);
        Console.WriteLine(kv.Key + " " + kv.Value + " " + kv);
        var groups = new Dictionary<string, List<string>>();
        foreach (var pair in new[] { "sales:101", "support:201", "sales:102" })
        {
            var parts = pair.Split(':');
            List<string> members;
            if (!groups.TryGetValue(parts[0], out members)) { members = new List<string>(); groups[parts[0]] = members; }
            members.Add(parts[1]);
        }
        foreach (var g in groups) Console.WriteLine(g.Key + ": " + string.Join(",", g.Value));
        var nested = new Dictionary<string, Dictionary<string, int>>();
        nested["a"] = new Dictionary<string, int> { { "x", 1 } };
        nested["a"]["x"]++;
        nested["a"]["y"] = 10;
        Console.WriteLine(nested["a"]["x"] + " " + nested["a"].Count);
        var rows = new List<int[]> { new[] { 1, 2 }, new[] { 3 } };
        rows[0][1] = 20;
        Console.WriteLine(rows[0][1] + " " + rows.Count + " " + rows[1].Length);
    }
}
