// checks: several join clauses in one query (transparent identifiers through joins), a join after a from/from, join into followed by more clauses, orderby on joined values
using System;
using System.Linq;

class Program
{
    static void Main()
    {
        var users = new[] { new { Id = 1, Name = "ann" }, new { Id = 2, Name = "bob" }, new { Id = 3, Name = "cy" } };
        var phones = new[] { new { User = 1, Ext = "101" }, new { User = 2, Ext = "102" }, new { User = 1, Ext = "111" } };
        var queues = new[] { new { Ext = "101", Queue = "sales" }, new { Ext = "102", Queue = "support" }, new { Ext = "111", Queue = "support" } };
        var q = from u in users
                join p in phones on u.Id equals p.User
                join qu in queues on p.Ext equals qu.Ext
                orderby qu.Queue, u.Name descending
                select qu.Queue + ":" + u.Name + "@" + p.Ext;
        Console.WriteLine(string.Join(" ", q));
        var perUser = from u in users
                      join p in phones on u.Id equals p.User into ps
                      let n = ps.Count()
                      join qu in queues on (ps.Any() ? ps.First().Ext : "") equals qu.Ext into qs
                      select u.Name + " phones=" + n + " firstQueue=" + (qs.Any() ? qs.First().Queue : "none");
        foreach (var line in perUser)
            Console.WriteLine(line);
        var crossJoin = from a in new[] { "x", "y" }
                        from b in new[] { 1, 2 }
                        join c in new[] { new { K = 1, V = "one" }, new { K = 2, V = "two" } } on b equals c.K
                        where a != "y" || b != 1
                        select a + c.V;
        Console.WriteLine(string.Join(",", crossJoin));
    }
}
