// checks: DateOnly and TimeOnly (.NET 6): construction, arithmetic, comparisons, IsBetween with wrap-around, invariant formatting
// expect: hand-checked (.NET 8 API: Mono 6.8 lacks DateOnly/TimeOnly)
using System;
using System.Globalization;

class Program
{
    static void Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var d = new DateOnly(2024, 2, 28);
        Console.WriteLine(d.AddDays(1).ToString("yyyy-MM-dd", inv) + " " + d.AddDays(2).ToString("yyyy-MM-dd", inv) + " " + d.DayOfWeek);
        Console.WriteLine(DateOnly.FromDateTime(new DateTime(2024, 7, 4, 13, 0, 0)).ToString("yyyy-MM-dd", inv));
        var open = new TimeOnly(8, 30);
        var close = new TimeOnly(17, 0);
        var t = new TimeOnly(12, 15);
        Console.WriteLine(t.IsBetween(open, close) + " " + new TimeOnly(18, 0).IsBetween(open, close));
        Console.WriteLine(new TimeOnly(23, 0).IsBetween(new TimeOnly(22, 0), new TimeOnly(6, 0)));
        Console.WriteLine((close - open) + " " + t.AddMinutes(50).ToString("HH:mm", inv) + " " + new TimeOnly(23, 30).AddHours(1).ToString("HH:mm", inv));
        Console.WriteLine(TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(75)).ToString("HH:mm:ss", inv));
        Console.WriteLine((open < close) + " " + d.DayNumber);
    }
}
