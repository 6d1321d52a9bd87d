// checks: route-point style callback scheduling on fixed dates: next slot computation with AddMinutes rounding, ordering callbacks by time then caller
using System;
using System.Collections.Generic;
using System.Linq;

class Callback { public string Caller; public DateTime At; }

class Program
{
    static DateTime RoundUp(DateTime t, int minutes)
    {
        var m = (t.Minute / minutes + (t.Minute % minutes == 0 && t.Second == 0 ? 0 : 1)) * minutes;
        return new DateTime(t.Year, t.Month, t.Day, t.Hour, 0, 0).AddMinutes(m);
    }

    static void Main()
    {
        var now = new DateTime(2024, 5, 17, 16, 52, 10);
        Console.WriteLine(RoundUp(now, 15).ToString("HH:mm") + " " + RoundUp(new DateTime(2024, 5, 17, 9, 30, 0), 15).ToString("HH:mm") + " " + RoundUp(new DateTime(2024, 5, 17, 23, 59, 0), 30).ToString("dd HH:mm"));
        var list = new List<Callback>
        {
            new Callback { Caller = "+4930222", At = RoundUp(now.AddMinutes(20), 15) },
            new Callback { Caller = "+4930111", At = RoundUp(now.AddMinutes(10), 15) },
            new Callback { Caller = "+4930000", At = RoundUp(now.AddMinutes(20), 15) },
        };
        foreach (var c in list.OrderBy(c => c.At).ThenBy(c => c.Caller, StringComparer.Ordinal))
            Console.WriteLine(c.At.ToString("yyyy-MM-dd HH:mm") + " " + c.Caller + " in " + (c.At - now).TotalMinutes.ToString("F1") + " min");
    }
}
