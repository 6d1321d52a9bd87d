// checks: OrderBy/ThenBy/ThenByDescending across three keys, OrderByDescending keeps equal elements in source order, a custom IComparer, string keys ordered by the culture comparer, keys computed once per element
using System;
using System.Collections.Generic;
using System.Linq;

class Agent { public string Name; public string Team; public int Calls; public Agent(string n, string t, int c) { Name = n; Team = t; Calls = c; } }

class Program
{
    static void Main()
    {
        var agents = new List<Agent> {
            new Agent("eve", "blue", 5), new Agent("bob", "red", 9), new Agent("amy", "blue", 9),
            new Agent("dan", "red", 5), new Agent("cat", "blue", 5), new Agent("fay", "red", 9) };
        Console.WriteLine(string.Join(" ", agents.OrderBy(a => a.Team).ThenByDescending(a => a.Calls).ThenBy(a => a.Name).Select(a => a.Name)));
        Console.WriteLine(string.Join(" ", agents.OrderByDescending(a => a.Calls).Select(a => a.Name)));
        Console.WriteLine(string.Join(" ", agents.OrderBy(a => a.Calls).ThenBy(a => a.Team, StringComparer.Ordinal).Select(a => a.Name)));
        int keyCalls = 0;
        var sorted = agents.OrderBy(a => { keyCalls++; return a.Name; }).ToList();
        Console.WriteLine(keyCalls + " " + sorted[0].Name + " " + sorted[5].Name);
        var words = new[] { "b", "B", "a", "A", "_x", "10", "9" };
        Console.WriteLine(string.Join(" ", words.OrderBy(w => w, StringComparer.Ordinal)));
        var q = from a in agents orderby a.Calls descending, a.Name select a.Name;
        Console.WriteLine(string.Join(" ", q));
        var nums = new[] { 3, 1, 2 };
        var ordered = nums.OrderBy(n => n);
        nums[0] = 0;
        Console.WriteLine(string.Join(",", ordered));
    }
}
