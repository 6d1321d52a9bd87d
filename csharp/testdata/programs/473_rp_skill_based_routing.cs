// checks: route-point style skill routing: agents with presence enums and skill levels in dictionaries, LINQ filter/sort with tie-breaks, fallback chain
using System;
using System.Collections.Generic;
using System.Linq;

enum Presence { Available, Busy, Away, DoNotDisturb }

class Agent
{
    public string Ext; public Presence State; public Dictionary<string, int> Skills = new Dictionary<string, int>(); public int CallsToday;
}

class Program
{
    static string Pick(List<Agent> agents, string skill, int minLevel)
    {
        var best = agents.Where(a => a.State == Presence.Available && a.Skills.ContainsKey(skill) && a.Skills[skill] >= minLevel)
                         .OrderByDescending(a => a.Skills[skill]).ThenBy(a => a.CallsToday).ThenBy(a => a.Ext, StringComparer.Ordinal)
                         .FirstOrDefault();
        return best == null ? null : best.Ext;
    }

    static void Main()
    {
        var agents = new List<Agent>
        {
            new Agent { Ext = "101", State = Presence.Available, Skills = { { "de", 3 }, { "en", 2 } }, CallsToday = 5 },
            new Agent { Ext = "102", State = Presence.Busy, Skills = { { "de", 5 } } },
            new Agent { Ext = "103", State = Presence.Available, Skills = { { "en", 3 } }, CallsToday = 2 },
            new Agent { Ext = "104", State = Presence.Available, Skills = { { "en", 3 }, { "fr", 1 } }, CallsToday = 2 },
        };
        foreach (var req in new[] { Tuple.Create("de", 3), Tuple.Create("en", 3), Tuple.Create("fr", 2), Tuple.Create("en", 1) })
        {
            var ext = Pick(agents, req.Item1, req.Item2) ?? Pick(agents, req.Item1, 1) ?? "queue-" + req.Item1;
            Console.WriteLine(req.Item1 + ">=" + req.Item2 + " -> " + ext);
        }
        Console.WriteLine(string.Join(", ", agents.GroupBy(a => a.State).Select(g => g.Key + ":" + g.Count())));
    }
}
