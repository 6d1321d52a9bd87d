// checks: DateTime construction and arithmetic across month/year/leap boundaries, DayOfWeek/DayOfYear, subtraction to TimeSpan, TimeSpan members and default and "c" formats, custom date formats, ParseExact, comparison, AddMonths clamping, Date/TimeOfDay, DaysInMonth, IsLeapYear
using System;
using System.Globalization;

class Program
{
    static void Main()
    {
        var d = new DateTime(2024, 1, 31, 22, 15, 30);
        Console.WriteLine(d.ToString("yyyy-MM-dd HH:mm:ss"));
        Console.WriteLine(d.AddDays(1).ToString("yyyy-MM-dd") + " " + d.AddMonths(1).ToString("yyyy-MM-dd") + " " + d.AddYears(1).AddMonths(1).ToString("yyyy-MM-dd"));
        Console.WriteLine(d.AddHours(3).ToString("dd/MM/yyyy HH:mm") + " " + d.AddMinutes(-1000).ToString("yyyy-MM-dd HH:mm"));
        Console.WriteLine(d.DayOfWeek + " " + d.DayOfYear + " " + new DateTime(2024, 12, 31).DayOfYear + " " + new DateTime(2023, 12, 31).DayOfYear);
        Console.WriteLine(DateTime.IsLeapYear(2024) + " " + DateTime.IsLeapYear(1900) + " " + DateTime.IsLeapYear(2000) + " " + DateTime.DaysInMonth(2023, 2));
        var start = new DateTime(2024, 3, 9, 8, 0, 0);
        var end = new DateTime(2024, 3, 11, 17, 45, 10);
        TimeSpan span = end - start;
        Console.WriteLine(span + " " + span.Days + " " + span.Hours + " " + span.Minutes + " " + span.Seconds);
        Console.WriteLine(span.TotalHours.ToString("F4") + " " + span.TotalMinutes.ToString("F3") + " " + (long)span.TotalSeconds);
        Console.WriteLine(TimeSpan.FromMinutes(90) + " " + TimeSpan.FromSeconds(3661.5) + " " + TimeSpan.FromDays(1.25) + " " + TimeSpan.FromMilliseconds(1500));
        Console.WriteLine(new TimeSpan(1, 2, 3) + " " + new TimeSpan(2, 0, 0, 0) + " " + new TimeSpan(-1, -30, 0) + " " + TimeSpan.Zero);
        var t = new TimeSpan(0, 25, 61);
        Console.WriteLine(t + " " + t.ToString("c") + " " + t.ToString(@"hh\:mm\:ss") + " " + t.ToString(@"mm\m\ ss\s"));
        Console.WriteLine((TimeSpan.FromHours(1) - TimeSpan.FromMinutes(75)) + " " + TimeSpan.FromHours(1).Duration() + " " + (-TimeSpan.FromHours(2)).Duration());
        Console.WriteLine(TimeSpan.FromMinutes(30) < TimeSpan.FromHours(0.5) + TimeSpan.FromTicks(1));
        Console.WriteLine(start < end ? "start first" : "end first");
        Console.WriteLine(start.CompareTo(end) + " " + end.CompareTo(start) + " " + start.Equals(new DateTime(2024, 3, 9, 8, 0, 0)));
        Console.WriteLine(end.Date.ToString("yyyy-MM-dd HH:mm:ss") + " " + end.TimeOfDay);
        var p = DateTime.ParseExact("05.11.2023 07:08", "dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
        Console.WriteLine(p.Year + " " + p.Month + " " + p.Day + " " + p.Hour + " " + p.Minute + " " + p.DayOfWeek);
        Console.WriteLine(p.ToString("ddd d MMM yyyy, h:mm tt", CultureInfo.InvariantCulture));
        Console.WriteLine(p.ToString("dddd, MMMM dd", CultureInfo.InvariantCulture));
        Console.WriteLine(new DateTime(2024, 2, 29).AddYears(1).ToString("yyyy-MM-dd") + " " + new DateTime(2024, 3, 31).AddMonths(-1).ToString("yyyy-MM-dd"));
        Console.WriteLine(new DateTime(2000, 1, 1).Ticks + " " + TimeSpan.TicksPerSecond);
        var slots = 0;
        for (var x = new DateTime(2024, 1, 1, 9, 0, 0); x < new DateTime(2024, 1, 1, 12, 0, 0); x = x.AddMinutes(45)) slots++;
        Console.WriteLine("slots " + slots);
        Console.WriteLine(new DateTime(2024, 5, 6, 13, 5, 9).ToString("yyyyMMdd'T'HHmmss") + " " + new DateTime(2024, 5, 6).ToString("yy M d"));
    }
}
