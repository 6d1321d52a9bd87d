// checks: null handling in collections: skipping nulls, ?? in projections, null keys rejected by Dictionary
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var names = new List<string> { "a", null, "c" };
        foreach (var n in names) Console.Write((n ?? "<null>") + " ");
        Console.WriteLine();
        int nonNull = 0;
        foreach (var n in names) if (n != null) nonNull++;
        Console.WriteLine(nonNull);
        var d = new Dictionary<string, string>();
        try { d[null] = "x"; }
        catch (ArgumentNullException) { Console.WriteLine("ArgumentNullException"); }
        d["k"] = null;
        Console.WriteLine(d["k"] == null);
        Console.WriteLine(d.ContainsKey("k") + " " + d.ContainsValue(null));
        string v;
        Console.WriteLine(d.TryGetValue("missing", out v) + " " + (v == null));
        var nums = new List<int?> { 1, null, 3 };
        int total = 0;
        foreach (var x in nums) total += x ?? 0;
        Console.WriteLine(total + " " + nums.Count + " " + nums.IndexOf(null));
    }
}
