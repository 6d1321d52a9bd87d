// checks: DateTime and TimeSpan formatting as call reports use it: HH:mm, yyyy-MM-dd, ddd, tt, "c", "g", custom TimeSpan formats, arithmetic, Parse/ParseExact
using System;
using System.Globalization;

class Program
{
    static void Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var start = new DateTime(2024, 3, 9, 7, 5, 3, 42);
        var end = start.AddMinutes(95).AddSeconds(17.5);
        Console.WriteLine(start.ToString("yyyy-MM-dd HH:mm:ss", inv) + " -> " + end.ToString("HH:mm:ss.fff", inv));
        Console.WriteLine(start.ToString("dd.MM.yy H:m:s", inv) + " | " + start.ToString("ddd dd MMM yyyy", inv) + " | " + start.ToString("dddd, MMMM d", inv));
        Console.WriteLine(start.ToString("hh:mm tt", inv) + " | " + end.AddHours(6).ToString("h:mm tt", inv) + " | " + start.ToString("yyyyMMddTHHmmss", inv));
        Console.WriteLine(start.ToString("s", inv) + " | " + start.ToString("u", inv) + " | " + start.ToString("d", inv) + " | " + start.ToString("t", inv) + " | " + start.ToString("T", inv));
        Console.WriteLine(start.ToString("'Day' D 'of' MMMM", inv) + " | " + start.ToString("%d", inv) + " | " + start.ToString("yyyy\\/MM", inv));
        Console.WriteLine(start.DayOfWeek + " " + start.DayOfYear + " " + start.Date.ToString("yyyy-MM-dd HH:mm", inv) + " " + start.TimeOfDay);

        TimeSpan dur = end - start;
        Console.WriteLine(dur + " | " + dur.ToString("c") + " | " + dur.ToString("g", inv) + " | " + dur.ToString("G", inv));
        Console.WriteLine(dur.ToString(@"hh\:mm\:ss") + " | " + dur.ToString(@"mm\:ss\.ff") + " | " + dur.ToString(@"h\h\ m\m"));
        Console.WriteLine(Math.Round(dur.TotalMinutes, 4) + " " + dur.Minutes + " " + dur.Hours + " " + (int)dur.TotalSeconds + " " + dur.Milliseconds);
        TimeSpan[] spans = { TimeSpan.Zero, TimeSpan.FromSeconds(59.999), TimeSpan.FromMinutes(61), TimeSpan.FromHours(25.5), TimeSpan.FromDays(-1.25), new TimeSpan(1, 2, 3, 4, 5), TimeSpan.FromTicks(123) };
        foreach (var s in spans)
            Console.WriteLine(string.Format(inv, "{0} | {0:c} | {0:g} | {0:G} | {1:N2}s", s, s.TotalSeconds));
        Console.WriteLine(string.Format("{0:mm\\:ss}", TimeSpan.FromSeconds(83)) + " " + $"{TimeSpan.FromSeconds(3725):hh\\:mm\\:ss}");

        var parsed = DateTime.ParseExact("09.03.2024 17:45", "dd.MM.yyyy HH:mm", inv);
        Console.WriteLine(parsed.ToString("yyyy-MM-dd'T'HH:mm", inv) + " " + parsed.Hour + " " + (parsed > start));
        Console.WriteLine(TimeSpan.Parse("1:02:03") + " " + TimeSpan.Parse("2.03:04:05.5") + " " + TimeSpan.ParseExact("0130", "hhmm", inv));
        DateTime dt;
        Console.WriteLine(DateTime.TryParseExact("2024-13-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out dt) + " " + DateTime.TryParse("2024-02-29 23:59", inv, DateTimeStyles.None, out dt) + " " + dt.ToString("MMM d, HH:mm", inv));
        Console.WriteLine(new DateTime(2024, 1, 31).AddMonths(1).ToString("yyyy-MM-dd", inv) + " " + new DateTime(2023, 12, 31).AddDays(1).Year + " " + DateTime.DaysInMonth(2024, 2) + " " + DateTime.IsLeapYear(1900));
        Console.WriteLine((new DateTime(2024, 3, 10) - new DateTime(2024, 3, 9, 12, 0, 0)).TotalHours + " " + new DateTime(2024, 3, 9).CompareTo(start) + " " + start.Ticks);
    }
}
