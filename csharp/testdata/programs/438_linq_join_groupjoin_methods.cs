// checks: LINQ Join and GroupJoin in method syntax, left join with DefaultIfEmpty, ordering of results follows the outer sequence
using System;
using System.Linq;

class Program
{
    static void Main()
    {
        var agents = new[] { new { Id = 1, Name = "ann" }, new { Id = 2, Name = "bob" }, new { Id = 3, Name = "cy" } };
        var calls = new[] { new { Agent = 2, Secs = 30 }, new { Agent = 1, Secs = 10 }, new { Agent = 2, Secs = 5 }, new { Agent = 9, Secs = 1 } };
        var j = agents.Join(calls, a => a.Id, c => c.Agent, (a, c) => a.Name + ":" + c.Secs);
        Console.WriteLine(string.Join(" ", j));
        var gj = agents.GroupJoin(calls, a => a.Id, c => c.Agent, (a, cs) => a.Name + "=" + cs.Sum(c => c.Secs) + "/" + cs.Count());
        Console.WriteLine(string.Join(" ", gj));
        var left = agents.GroupJoin(calls, a => a.Id, c => c.Agent, (a, cs) => new { a, cs })
                         .SelectMany(x => x.cs.DefaultIfEmpty(), (x, c) => x.a.Name + "-" + (c == null ? "none" : c.Secs.ToString()));
        Console.WriteLine(string.Join(" ", left));
    }
}
