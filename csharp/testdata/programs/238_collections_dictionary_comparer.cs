// checks: Dictionary and HashSet with StringComparer.OrdinalIgnoreCase: lookups, key kept as first inserted, Comparer property
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var d = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        d["Sales"] = 1;
        d["SALES"] = 2;
        d["support"] = 3;
        Console.WriteLine(d.Count + " " + d["sales"] + " " + d.ContainsKey("SUPPORT"));
        foreach (var kv in d) Console.WriteLine(kv.Key + "=" + kv.Value);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Alice", "BOB" };
        Console.WriteLine(set.Contains("alice") + " " + set.Add("bob") + " " + set.Add("Carol") + " " + set.Count);
        Console.WriteLine(string.Join(",", set));
        var plain = new HashSet<string> { "Alice" };
        Console.WriteLine(plain.Contains("alice"));
        Console.WriteLine(d.Comparer == StringComparer.OrdinalIgnoreCase);
        var blocked = new HashSet<string>(new[] { "+49301", "+49302" });
        foreach (var caller in new[] { "+49301", "+49309" }) Console.WriteLine(caller + (blocked.Contains(caller) ? " blocked" : " allowed"));
    }
}
