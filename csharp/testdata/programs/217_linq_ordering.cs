// checks: OrderBy/OrderByDescending/ThenBy are stable; Reverse; ordering by keys with ties keeps source order
using System;
using System.Collections.Generic;
using System.Linq;

class Agent
{
    public string Name; public int Skill; public int Calls;
    public override string ToString() { return Name + "(" + Skill + "," + Calls + ")"; }
}

class Program
{
    static void Main()
    {
        var agents = new List<Agent>
        {
            new Agent { Name = "dora", Skill = 2, Calls = 10 },
            new Agent { Name = "ann", Skill = 3, Calls = 5 },
            new Agent { Name = "cid", Skill = 2, Calls = 5 },
            new Agent { Name = "bob", Skill = 3, Calls = 7 },
            new Agent { Name = "eve", Skill = 1, Calls = 5 },
        };
        Console.WriteLine(string.Join(" ", agents.OrderBy(a => a.Skill)));
        Console.WriteLine(string.Join(" ", agents.OrderByDescending(a => a.Skill)));
        Console.WriteLine(string.Join(" ", agents.OrderBy(a => a.Calls).ThenByDescending(a => a.Skill)));
        Console.WriteLine(string.Join(" ", agents.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => a.Name)));
        Console.WriteLine(string.Join(" ", agents.OrderByDescending(a => a.Skill).ThenBy(a => a.Name, StringComparer.Ordinal).Select(a => a.Name)));
        Console.WriteLine(string.Join(" ", agents.Select(a => a.Name).Reverse()));
        Console.WriteLine(string.Join(",", new[] { 5, 3, 9, 1 }.OrderBy(x => x)));
        Console.WriteLine(string.Join(",", new[] { 5, 3, 9, 1 }.OrderByDescending(x => x).Take(2)));
    }
}
