// checks: query join ... on ... equals ...: inner join order, unmatched rows dropped, duplicates multiply, composite keys with anonymous types, join after where
using System;
using System.Linq;

class Program
{
    class Ext { public string Num; public int Dept; public string Site; }
    class Dept { public int Id; public string Name; public string Site; }

    static void Main()
    {
        var exts = new[]
        {
            new Ext { Num = "101", Dept = 1, Site = "HQ" }, new Ext { Num = "102", Dept = 2, Site = "HQ" },
            new Ext { Num = "103", Dept = 1, Site = "B" }, new Ext { Num = "104", Dept = 9, Site = "HQ" },
        };
        var depts = new[]
        {
            new Dept { Id = 1, Name = "sales", Site = "HQ" }, new Dept { Id = 2, Name = "support", Site = "HQ" },
            new Dept { Id = 1, Name = "sales-b", Site = "B" },
        };
        var j = from e in exts join d in depts on e.Dept equals d.Id select e.Num + "/" + d.Name;
        Console.WriteLine(string.Join(" ", j));
        var both = from e in exts
                   join d in depts on new { e.Dept, e.Site } equals new { Dept = d.Id, d.Site }
                   select new { e.Num, d.Name };
        foreach (var x in both)
            Console.WriteLine(x);
        var hq = from e in exts
                 where e.Site == "HQ"
                 join d in depts on e.Dept equals d.Id
                 orderby d.Name descending, e.Num
                 select d.Name + "<-" + e.Num;
        Console.WriteLine(string.Join(" ", hq));
        var twice = from d in depts join d2 in depts on d.Id equals d2.Id where d.Name != d2.Name select d.Name + "~" + d2.Name;
        Console.WriteLine(string.Join(" ", twice));
    }
}
