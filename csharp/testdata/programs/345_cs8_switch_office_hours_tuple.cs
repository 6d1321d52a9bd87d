// checks: route-point style routing with a switch expression over a (DayOfWeek, hour) tuple using relational and or patterns
// expect: hand-checked (C# 9: relational patterns in tuple patterns of switch expressions)
using System;

class Program
{
    static string Route(DateTime t) => (t.DayOfWeek, t.Hour) switch
    {
        (DayOfWeek.Saturday or DayOfWeek.Sunday, _) => "weekend-voicemail",
        (DayOfWeek.Friday, >= 14) => "friday-closed",
        (_, < 8) or (_, >= 18) => "night-service",
        (_, 12) => "lunch-queue",
        _ => "main-queue",
    };

    static void Main()
    {
        var times = new[]
        {
            new DateTime(2024, 6, 3, 7, 59, 0), new DateTime(2024, 6, 3, 8, 0, 0), new DateTime(2024, 6, 3, 12, 30, 0),
            new DateTime(2024, 6, 3, 18, 0, 0), new DateTime(2024, 6, 7, 13, 59, 0), new DateTime(2024, 6, 7, 14, 0, 0),
            new DateTime(2024, 6, 8, 10, 0, 0), new DateTime(2024, 6, 9, 23, 0, 0),
        };
        foreach (var t in times) Console.WriteLine(t.ToString("ddd HH:mm") + " " + Route(t));
    }
}
