// checks: GroupBy is deferred; groups come in the order of each key's first element and keep the source order inside; GroupBy with element and result selectors; a null key forms its own group; Count per group
using System;
using System.Collections.Generic;
using System.Linq;

class Call { public string Queue; public int Secs; public Call(string q, int s) { Queue = q; Secs = s; } }

class Program
{
    static void Main()
    {
        var calls = new List<Call> { new Call("b", 30), new Call("a", 10), new Call("b", 5), new Call(null, 7), new Call("c", 1), new Call("a", 2), new Call(null, 3) };
        var groups = calls.GroupBy(c => c.Queue);
        calls.Add(new Call("d", 4));
        foreach (var g in groups) Console.WriteLine((g.Key ?? "(none)") + ": " + string.Join(",", g.Select(c => c.Secs)) + " count " + g.Count());
        var totals = calls.GroupBy(c => c.Queue ?? "-", c => c.Secs, (q, secs) => q + "=" + secs.Sum());
        Console.WriteLine(string.Join(" ", totals));
        var parity = Enumerable.Range(1, 10).GroupBy(n => n % 3);
        Console.WriteLine(string.Join(" | ", parity.Select(g => g.Key + ":" + string.Join(",", g))));
        var top = calls.Where(c => c.Queue != null).GroupBy(c => c.Queue).OrderByDescending(g => g.Sum(c => c.Secs)).First();
        Console.WriteLine(top.Key + " " + top.Sum(c => c.Secs));
        var query = from c in calls where c.Secs > 3 group c.Secs by c.Queue into g select (g.Key ?? "none") + ":" + g.Max();
        Console.WriteLine(string.Join(" ", query));
    }
}
