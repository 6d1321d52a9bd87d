// checks: route-point style schedule: per-weekday opening ranges in a Dictionary<DayOfWeek, ...>, lunch breaks, holiday list, next opening time
using System;
using System.Collections.Generic;

struct Range
{
    public TimeSpan From, To;
    public Range(TimeSpan from, TimeSpan to) { From = from; To = to; }
}

class Schedule
{
    readonly Dictionary<DayOfWeek, List<Range>> ranges = new Dictionary<DayOfWeek, List<Range>>();
    readonly HashSet<DateTime> holidays = new HashSet<DateTime>();

    public Schedule()
    {
        var weekday = new List<Range> { new Range(TimeSpan.FromHours(8), TimeSpan.FromHours(12)), new Range(new TimeSpan(13, 0, 0), new TimeSpan(17, 30, 0)) };
        foreach (var d in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday }) ranges[d] = weekday;
        ranges[DayOfWeek.Friday] = new List<Range> { new Range(TimeSpan.FromHours(8), TimeSpan.FromHours(14)) };
        holidays.Add(new DateTime(2024, 10, 3));
    }

    public bool IsOpen(DateTime t)
    {
        if (holidays.Contains(t.Date)) return false;
        List<Range> day;
        if (!ranges.TryGetValue(t.DayOfWeek, out day)) return false;
        foreach (var r in day) if (t.TimeOfDay >= r.From && t.TimeOfDay < r.To) return true;
        return false;
    }

    public DateTime NextOpening(DateTime t)
    {
        var probe = new DateTime(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0);
        for (int i = 0; i < 60 * 24 * 8; i++) { if (IsOpen(probe)) return probe; probe = probe.AddMinutes(1); }
        return DateTime.MaxValue;
    }
}

class Program
{
    static void Main()
    {
        var s = new Schedule();
        var probes = new[]
        {
            new DateTime(2024, 10, 1, 7, 59, 0), new DateTime(2024, 10, 1, 8, 0, 0), new DateTime(2024, 10, 1, 12, 30, 0),
            new DateTime(2024, 10, 3, 10, 0, 0), new DateTime(2024, 10, 4, 13, 59, 0), new DateTime(2024, 10, 4, 14, 0, 0),
            new DateTime(2024, 10, 5, 11, 0, 0),
        };
        foreach (var p in probes)
        {
            bool open = s.IsOpen(p);
            Console.WriteLine(p.ToString("ddd dd.MM. HH:mm") + (open ? " open" : " closed, next " + s.NextOpening(p).ToString("ddd dd.MM. HH:mm")));
        }
    }
}
