// checks: query expressions: from/where/select, the degenerate query, several where clauses, projections, query results are lazy IEnumerables
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        int[] nums = { 5, 3, 8, 1, 9, 2 };
        var all = from n in nums select n;
        Console.WriteLine(string.Join(",", all));
        var big = from n in nums where n > 3 select n;
        Console.WriteLine(string.Join(",", big));
        var doubled = from n in nums where n % 2 == 1 where n > 1 select n * 2;
        Console.WriteLine(string.Join(",", doubled));
        var text = from n in nums select "#" + n;
        Console.WriteLine(string.Join(" ", text));
        var pairs = from n in nums where n < 4 select new { Value = n, Square = n * n };
        foreach (var p in pairs)
            Console.WriteLine(p.Value + "^2=" + p.Square);
        IEnumerable<string> typed = from n in nums select n.ToString("D2");
        Console.WriteLine(string.Join("|", typed));
        var list = new List<int> { 1, 2 };
        var lazy = from x in list select x * 10;
        list.Add(3);
        Console.WriteLine(string.Join(",", lazy) + " count=" + lazy.Count());
        Console.WriteLine((from s in new[] { "b", "a", "c" } where s != "a" select s.ToUpper()).First());
        var empty = from n in nums where n > 100 select n;
        Console.WriteLine(empty.Any() + " " + empty.Count());
    }
}
