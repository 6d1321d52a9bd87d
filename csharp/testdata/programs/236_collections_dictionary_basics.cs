// checks: Dictionary Add/indexer/TryGetValue/ContainsKey/Remove/Count/Keys/Values in insertion order (no removals), KeyNotFoundException
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var agents = new Dictionary<string, string>
        {
            { "+4930111", "101" },
            { "+4930222", "102" },
        };
        agents["+4930333"] = "103";
        agents.Add("+4930444", "104");
        agents["+4930111"] = "201";
        Console.WriteLine(agents.Count + " " + agents["+4930111"]);
        foreach (var kv in agents) Console.WriteLine(kv.Key + " -> " + kv.Value);
        Console.WriteLine(string.Join(",", agents.Keys) + " | " + string.Join(",", agents.Values));
        string ext;
        Console.WriteLine(agents.TryGetValue("+4930222", out ext) + " " + ext);
        Console.WriteLine(agents.TryGetValue("+49", out ext) + " " + (ext == null));
        Console.WriteLine(agents.ContainsKey("+4930333") + " " + agents.ContainsValue("104") + " " + agents.ContainsValue("999"));
        try { Console.WriteLine(agents["missing"]); }
        catch (KeyNotFoundException) { Console.WriteLine("KeyNotFoundException"); }
        try { agents.Add("+4930222", "dup"); }
        catch (ArgumentException) { Console.WriteLine("ArgumentException"); }
        Console.WriteLine(agents.Remove("+4930222") + " " + agents.Remove("+4930222") + " " + agents.Count);
        var init = new Dictionary<int, string> { [3] = "three", [1] = "one" };
        foreach (var kv in init) Console.WriteLine(kv.Key + "=" + kv.Value);
        var counts = new Dictionary<char, int>();
        foreach (var c in "hello") counts[c] = counts.ContainsKey(c) ? counts[c] + 1 : 1;
        foreach (var kv in counts) Console.Write(kv.Key + "" + kv.Value + " ");
        Console.WriteLine();
    }
}
