// checks: object initializers with nested collection initializers for read-only list and dictionary properties (adds to existing)
using System;
using System.Collections.Generic;

class Queue
{
    public string Name { get; set; }
    public List<string> Agents { get; } = new List<string> { "default" };
    public Dictionary<string, int> Skills { get; } = new Dictionary<string, int>();
    public Queue Overflow { get; set; }
}

class Program
{
    static void Main()
    {
        var q = new Queue
        {
            Name = "sales",
            Agents = { "101", "102" },
            Skills = { ["english"] = 3, ["german"] = 2 },
            Overflow = new Queue { Name = "support", Agents = { "201" } },
        };
        Console.WriteLine(q.Name + ": " + string.Join(",", q.Agents));
        foreach (var s in q.Skills) Console.WriteLine(s.Key + "=" + s.Value);
        Console.WriteLine(q.Overflow.Name + ": " + string.Join(",", q.Overflow.Agents) + " overflow null: " + (q.Overflow.Overflow == null));
        var list = new List<Queue> { new Queue { Name = "a" }, new Queue { Name = "b" } };
        Console.WriteLine(list[1].Name + " " + list.Count);
        var arr = new string[] { "x", "y" };
        var arr2 = new string[2] { "p", "q" };
        Console.WriteLine(arr[1] + arr2[0]);
    }
}
