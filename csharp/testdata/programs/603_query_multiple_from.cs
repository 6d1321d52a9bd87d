// checks: query with several from clauses (SelectMany): cross product, a from depending on the previous one, three froms, where between froms
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var queues = new Dictionary<string, List<string>>
        {
            { "sales", new List<string> { "101", "102" } },
            { "support", new List<string>() },
            { "billing", new List<string> { "201" } },
        };
        var members = from q in queues from ext in q.Value select q.Key + ":" + ext;
        Console.WriteLine(string.Join(" ", members));
        var grid = from x in Enumerable.Range(1, 3) from y in Enumerable.Range(1, 3) where x < y select "(" + x + "," + y + ")";
        Console.WriteLine(string.Join(" ", grid));
        var triples = from a in Enumerable.Range(1, 12)
                      from b in Enumerable.Range(a, 12 - a)
                      from c in Enumerable.Range(b, 14 - b)
                      where a * a + b * b == c * c
                      select a + "-" + b + "-" + c;
        Console.WriteLine(string.Join(" ", triples));
        var filtered = from w in new[] { "ab", "", "cde" }
                       where w.Length > 0
                       from ch in w
                       select char.ToUpper(ch);
        Console.WriteLine(new string(filtered.ToArray()));
        var withLet = from s in new[] { "1,2", "3" }
                      let parts = s.Split(',')
                      from p in parts
                      select int.Parse(p) * 10;
        Console.WriteLine(withLet.Sum());
    }
}
