// checks: query join ... into (GroupJoin): groups for every outer element (empty ones too), left outer join with from ... in g.DefaultIfEmpty()
using System;
using System.Linq;

class Program
{
    static void Main()
    {
        var depts = new[] { new { Id = 1, Name = "sales" }, new { Id = 2, Name = "support" }, new { Id = 3, Name = "empty" } };
        var people = new[] { new { Name = "ann", Dept = 1 }, new { Name = "bob", Dept = 2 }, new { Name = "cy", Dept = 1 }, new { Name = "dan", Dept = 7 } };
        var gj = from d in depts join p in people on d.Id equals p.Dept into staff select d.Name + "=" + staff.Count() + "[" + string.Join(",", staff.Select(s => s.Name)) + "]";
        Console.WriteLine(string.Join(" ", gj));
        var left = from d in depts
                   join p in people on d.Id equals p.Dept into staff
                   from s in staff.DefaultIfEmpty()
                   select d.Name + ":" + (s == null ? "-" : s.Name);
        Console.WriteLine(string.Join(" ", left));
        var counts = from d in depts
                     join p in people on d.Id equals p.Dept into staff
                     where staff.Any()
                     orderby staff.Count() descending
                     select new { d.Name, Count = staff.Count() };
        foreach (var c in counts)
            Console.WriteLine(c);
    }
}
