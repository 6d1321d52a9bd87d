// checks: queries nested in queries: a subquery in select and in let capturing the outer range variable, a subquery as the source of from, a query in a where condition
using System;
using System.Linq;

class Program
{
    static void Main()
    {
        var teams = new[]
        {
            new { Name = "sales", Members = new[] { "ann", "bob", "al" } },
            new { Name = "support", Members = new[] { "cy" } },
            new { Name = "ops", Members = new string[0] },
        };
        var summary = from t in teams
                      let aNames = from m in t.Members where m.StartsWith("a") select m
                      select t.Name + ":" + aNames.Count() + "/" + t.Members.Length;
        Console.WriteLine(string.Join(" ", summary));
        var upper = from t in teams
                    select new { t.Name, Upper = string.Join(",", from m in t.Members orderby m select m.ToUpper()) };
        foreach (var u in upper)
            Console.WriteLine(u);
        var staffed = from t in teams where (from m in t.Members select m).Any() select t.Name;
        Console.WriteLine(string.Join(",", staffed));
        var lengths = from n in (from t in teams select t.Members.Length) where n > 0 select n * 100;
        Console.WriteLine(string.Join(",", lengths));
        var threshold = 2;
        var pairs = from a in Enumerable.Range(1, 4)
                    select string.Join("", from b in Enumerable.Range(1, 4) where b > a && b - a <= threshold select "" + a + b);
        Console.WriteLine(string.Join(" ", pairs));
        threshold = 1;
        Console.WriteLine(string.Join(" ", pairs));
    }
}
