// checks: group by with aggregates per group (Sum, Average, Min, Max), composite anonymous keys, groups of groups, lookup of a group by key after a query
using System;
using System.Linq;

class Program
{
    static void Main()
    {
        var calls = new[]
        {
            new { Queue = "sales", Agent = "ann", Wait = 12, Talk = 300 },
            new { Queue = "sales", Agent = "bob", Wait = 40, Talk = 120 },
            new { Queue = "support", Agent = "ann", Wait = 5, Talk = 600 },
            new { Queue = "sales", Agent = "ann", Wait = 20, Talk = 60 },
            new { Queue = "support", Agent = "cy", Wait = 90, Talk = 30 },
        };
        var stats = from c in calls
                    group c by c.Queue into g
                    select new { Queue = g.Key, Calls = g.Count(), AvgWait = g.Average(x => x.Wait), MaxTalk = g.Max(x => x.Talk), MinWait = g.Min(x => x.Wait) };
        foreach (var s in stats)
            Console.WriteLine(s);
        var perAgent = from c in calls
                       group c.Talk by new { c.Queue, c.Agent } into g
                       orderby g.Sum() descending
                       select g.Key.Queue + "/" + g.Key.Agent + " talk=" + g.Sum();
        Console.WriteLine(string.Join("; ", perAgent));
        var nested = from c in calls
                     group c by c.Agent into byAgent
                     select new
                     {
                         Agent = byAgent.Key,
                         Queues = string.Join(",", from c in byAgent group c by c.Queue into q select q.Key + "x" + q.Count())
                     };
        foreach (var n in nested)
            Console.WriteLine(n);
        var lookup = (from c in calls group c.Wait by c.Queue).ToDictionary(g => g.Key, g => g.Sum());
        Console.WriteLine(lookup["sales"] + " " + lookup["support"]);
    }
}
