// checks: a route-point style call log queried with query syntax: where on a bool property, orderby a DateTime descending, join against a directory, grouping per hour
using System;
using System.Collections.Generic;
using System.Linq;

class CallRecord
{
    public int Id { get; set; }
    public bool Ok { get; set; }
    public DateTime Time { get; set; }
    public string Caller { get; set; }
    public string Target { get; set; }
}

class Program
{
    static void Main()
    {
        var start = new DateTime(2024, 3, 1, 9, 0, 0);
        var calls = new List<CallRecord>
        {
            new CallRecord { Id = 1, Ok = true, Time = start.AddMinutes(5), Caller = "+4930111", Target = "101" },
            new CallRecord { Id = 2, Ok = false, Time = start.AddMinutes(7), Caller = "+4930222", Target = "102" },
            new CallRecord { Id = 3, Ok = true, Time = start.AddMinutes(65), Caller = "+4930333", Target = "102" },
            new CallRecord { Id = 4, Ok = true, Time = start.AddMinutes(2), Caller = "+4930111", Target = "103" },
            new CallRecord { Id = 5, Ok = false, Time = start.AddMinutes(130), Caller = "anonymous", Target = "101" },
        };
        var ids = from c in calls where c.Ok orderby c.Time descending select c.Id;
        Console.WriteLine(string.Join(",", ids));
        var directory = new Dictionary<string, string> { { "101", "Reception" }, { "102", "Sales" }, { "103", "Support" } };
        var named = from c in calls
                    join d in directory on c.Target equals d.Key
                    where !c.Ok
                    select c.Time.ToString("HH:mm") + " missed at " + d.Value;
        foreach (var line in named)
            Console.WriteLine(line);
        var perHour = from c in calls
                      group c by c.Time.Hour into h
                      orderby h.Key
                      select h.Key + "h: " + h.Count(x => x.Ok) + " ok / " + h.Count() + " total";
        foreach (var line in perHour)
            Console.WriteLine(line);
        var repeat = from c in calls
                     where c.Caller.StartsWith("+")
                     group c.Id by c.Caller into g
                     where g.Count() > 1
                     select g.Key + " called " + g.Count() + " times (" + string.Join(",", g) + ")";
        Console.WriteLine(string.Join("; ", repeat));
    }
}
