// checks: using aliases for tuple types and closed generic types (C# 12 alias any type)
// expect: hand-checked (C# 12: alias any type)
using System;
using System.Collections.Generic;
using Slot = (int Number, string Caller);
using AgentMap = System.Collections.Generic.Dictionary<string, string>;

class Program
{
    static void Main()
    {
        Slot s = (3, "+4930");
        Console.WriteLine(s.Number + " " + s.Caller + " " + s);
        var map = new AgentMap { ["+4930"] = "101" };
        Console.WriteLine(map["+4930"] + " " + map.GetType().Name);
        List<Slot> slots = new() { (1, "a"), (2, "b") };
        Console.WriteLine(slots[1].Caller);
    }
}
