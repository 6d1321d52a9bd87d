// checks: anonymous types made by queries: ToString, Equals and GetHashCode by value, ==/!= by reference, group by and Distinct on anonymous keys, nested anonymous objects
using System;
using System.Linq;

class Program
{
    static void Main()
    {
        var a = new { Ext = "101", Dept = 1 };
        var b = new { Ext = "101", Dept = 1 };
        var c = new { Ext = "101", Dept = 2 };
        Console.WriteLine(a);
        Console.WriteLine(a.Equals(b) + " " + a.Equals(c) + " " + (a == b) + " " + (a.GetHashCode() == b.GetHashCode()));
        var nested = new { Id = 7, Who = new { Name = "ann", Tags = (string)null }, Ok = true };
        Console.WriteLine(nested);
        var empty = new { };
        Console.WriteLine("[" + empty + "]");
        var calls = new[]
        {
            new { From = "101", To = "200" }, new { From = "102", To = "200" },
            new { From = "101", To = "200" }, new { From = "101", To = "300" },
        };
        var routes = from x in calls group x by new { x.From, x.To } into g select new { g.Key, N = g.Count() };
        foreach (var r in routes)
            Console.WriteLine(r);
        var distinct = (from x in calls select new { x.From, x.To }).Distinct();
        Console.WriteLine(distinct.Count());
        var projected = from x in calls let pair = new { x.From, Len = x.To.Length } select pair;
        Console.WriteLine(projected.First() + " " + projected.Contains(new { From = "102", Len = 3 }));
    }
}
