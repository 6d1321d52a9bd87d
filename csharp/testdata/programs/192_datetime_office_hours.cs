// checks: route-point style office hours: DayOfWeek and TimeOfDay checks on fixed dates, holidays in a HashSet<DateTime>
using System;
using System.Collections.Generic;

class Program
{
    static readonly TimeSpan Open = new TimeSpan(8, 30, 0);
    static readonly TimeSpan Close = new TimeSpan(17, 0, 0);
    static readonly HashSet<DateTime> Holidays = new HashSet<DateTime> { new DateTime(2024, 12, 25), new DateTime(2024, 12, 26), new DateTime(2025, 1, 1) };

    static string Route(DateTime now)
    {
        if (Holidays.Contains(now.Date)) return "holiday";
        if (now.DayOfWeek == DayOfWeek.Saturday || now.DayOfWeek == DayOfWeek.Sunday) return "weekend";
        var tod = now.TimeOfDay;
        if (tod < Open) return "before hours";
        if (tod >= Close) return "after hours";
        if (now.DayOfWeek == DayOfWeek.Friday && tod >= new TimeSpan(15, 0, 0)) return "friday early close";
        return "open";
    }

    static void Main()
    {
        var times = new[]
        {
            new DateTime(2024, 12, 23, 8, 29, 59),
            new DateTime(2024, 12, 23, 8, 30, 0),
            new DateTime(2024, 12, 23, 16, 59, 59),
            new DateTime(2024, 12, 23, 17, 0, 0),
            new DateTime(2024, 12, 25, 10, 0, 0),
            new DateTime(2024, 12, 27, 15, 30, 0),
            new DateTime(2024, 12, 28, 10, 0, 0),
            new DateTime(2025, 1, 1, 9, 0, 0),
            new DateTime(2025, 1, 2, 9, 0, 0),
        };
        foreach (var t in times) Console.WriteLine(t.ToString("ddd yyyy-MM-dd HH:mm:ss") + " -> " + Route(t));
    }
}
