// checks: target-typed new() in dictionary values, collection expressions as dictionary values, ??= on a looked-up value
// expect: hand-checked (C# 9: target-typed new; C# 12: collection expressions)
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        Dictionary<string, List<string>> queues = new()
        {
            ["sales"] = new() { "101", "102" },
            ["support"] = ["201"],
        };
        queues["billing"] = [];
        foreach (var (name, agents) in queues) Console.WriteLine(name + ": " + agents.Count);
        Dictionary<string, string> fallback = new();
        fallback.TryGetValue("sales", out var target);
        target ??= "800";
        Console.WriteLine(target + " " + fallback.Count);
    }
}
