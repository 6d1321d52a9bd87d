// checks: query expressions: from/where/select, orderby ascending/descending, let, group by, join, multiple from
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var exts = new[] { new { Num = "101", Dept = 1 }, new { Num = "102", Dept = 2 }, new { Num = "103", Dept = 1 } };
        var depts = new[] { new { Id = 1, Name = "sales" }, new { Id = 2, Name = "support" }, new { Id = 3, Name = "empty" } };
        var q = from e in exts where e.Num != "102" orderby e.Num descending select e.Num;
        Console.WriteLine(string.Join(",", q));
        var j = from e in exts join d in depts on e.Dept equals d.Id select e.Num + "/" + d.Name;
        Console.WriteLine(string.Join(" ", j));
        var g = from e in exts group e.Num by e.Dept into grp orderby grp.Key select grp.Key + ":" + string.Join("+", grp);
        Console.WriteLine(string.Join(" ", g));
        var l = from n in Enumerable.Range(1, 5) let sq = n * n where sq > 5 select sq;
        Console.WriteLine(string.Join(",", l));
        var gj = from d in depts join e in exts on d.Id equals e.Dept into members select d.Name + "=" + members.Count();
        Console.WriteLine(string.Join(" ", gj));
        var cross = from a in new[] { 1, 2 } from b in new[] { 'x', 'y' } select a + "" + b;
        Console.WriteLine(string.Join(",", cross));
    }
}
