// checks: query group ... by: groups in first-appearance order, counts and sums per group, group into with orderby on the count, group element projections
using System;
using System.Linq;

class Program
{
    static void Main()
    {
        var log = new[]
        {
            new { Ext = "101", Result = "answered", Secs = 30 }, new { Ext = "102", Result = "missed", Secs = 0 },
            new { Ext = "101", Result = "missed", Secs = 0 }, new { Ext = "103", Result = "answered", Secs = 12 },
            new { Ext = "101", Result = "answered", Secs = 45 }, new { Ext = "103", Result = "busy", Secs = 0 },
        };
        var byExt = from c in log group c by c.Ext;
        foreach (var g in byExt)
            Console.WriteLine(g.Key + ": " + g.Count() + " calls, " + g.Sum(c => c.Secs) + "s");
        var byResult = from c in log
                       group c.Ext by c.Result into g
                       orderby g.Count() descending, g.Key
                       select g.Key + "=" + g.Count() + " [" + string.Join(",", g) + "]";
        Console.WriteLine(string.Join("; ", byResult));
        var busiest = (from c in log group c by c.Ext into g orderby g.Count() descending select g.Key).First();
        Console.WriteLine("busiest: " + busiest);
        var parity = from n in Enumerable.Range(1, 10) group n * n by n % 3;
        foreach (var g in parity)
            Console.WriteLine(g.Key + " -> " + string.Join(",", g));
        var lengths = from w in "the quick brown fox jumps over the lazy dog".Split(' ')
                      group w by w.Length into g
                      where g.Count() > 1
                      select new { Len = g.Key, Words = string.Join("/", g.Distinct()) };
        foreach (var x in lengths)
            Console.WriteLine(x);
    }
}
