// checks: DateTime and TimeSpan standard format strings with the invariant culture: "d", "D", "t", "T", "g", "G", "s", "u", "o", "M", "Y", "f", "F", "R"; ToString() default; TimeSpan "g" and "G" and custom with days; DateTime.Parse of ISO text; DateTimeKind and ToUniversalTime on UTC values; AddTicks precision in "o"
using System;
using System.Globalization;

class Program
{
    static void Main()
    {
        var ci = CultureInfo.InvariantCulture;
        var d = new DateTime(2024, 7, 4, 15, 6, 7, 89, DateTimeKind.Utc);
        foreach (var f in new[] { "d", "D", "t", "T", "g", "G", "s", "u", "M", "Y", "f", "F", "R" })
            Console.WriteLine(f + ": " + d.ToString(f, ci));
        Console.WriteLine("o: " + d.ToString("o", ci));
        Console.WriteLine("o+ticks: " + d.AddTicks(1234).ToString("o", ci));
        var local = new DateTime(2024, 7, 4, 15, 6, 7, DateTimeKind.Unspecified);
        Console.WriteLine("o unspecified: " + local.ToString("o", ci));
        Console.WriteLine(d.ToString(ci));
        Console.WriteLine(d.Kind + " " + local.Kind + " " + d.ToUniversalTime().ToString("s", ci));
        var ts = new TimeSpan(3, 4, 5, 6, 700);
        Console.WriteLine(ts.ToString() + " | " + ts.ToString("g", ci) + " | " + ts.ToString("G", ci) + " | " + ts.ToString(@"d\.hh\:mm", ci));
        var neg = TimeSpan.FromMinutes(-90.5);
        Console.WriteLine(neg + " | " + neg.ToString("g", ci) + " | " + neg.TotalSeconds);
        var parsed = DateTime.Parse("2023-11-05T07:08:09", ci);
        Console.WriteLine(parsed.ToString("yyyy/MM/dd HH:mm:ss", ci) + " " + parsed.Kind);
        Console.WriteLine(DateTime.ParseExact("20240229", "yyyyMMdd", ci).DayOfWeek + " " + TimeSpan.Parse("1.02:03:04", ci).TotalHours.ToString("F4", ci));
        DateTime bad;
        Console.WriteLine(DateTime.TryParseExact("2023-02-30", "yyyy-MM-dd", ci, DateTimeStyles.None, out bad) + " " + bad.Ticks);
        Console.WriteLine(new DateTime(2024, 1, 1).AddSeconds(-1).ToString("yyyy-MM-dd HH:mm:ss.fff", ci) + " " + DateTime.MinValue.ToString("s", ci) + " " + DateTime.MaxValue.Year);
        Console.WriteLine(d.ToString("hh:mm tt, dddd d MMMM yyyy, 'week day' ddd", ci) + " " + d.ToString("%d", ci) + " " + d.ToString("HH'h'mm", ci));
    }
}
