// checks: DateTime construction and properties: Year..Second, Millisecond, DayOfWeek, DayOfYear, Date, TimeOfDay, Ticks, Kind
using System;

class Program
{
    static void Main()
    {
        var d = new DateTime(2024, 2, 29, 13, 45, 30, 250);
        Console.WriteLine(d.Year + " " + d.Month + " " + d.Day + " " + d.Hour + " " + d.Minute + " " + d.Second + " " + d.Millisecond);
        Console.WriteLine(d.DayOfWeek + " " + (int)d.DayOfWeek + " " + d.DayOfYear);
        Console.WriteLine(d.Date.ToString("yyyy-MM-dd HH:mm:ss") + " " + d.TimeOfDay);
        Console.WriteLine(d.Ticks);
        Console.WriteLine(d.Kind + " " + new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).Kind);
        Console.WriteLine(DateTime.MinValue.Ticks + " " + DateTime.MaxValue.Year);
        Console.WriteLine(DateTime.IsLeapYear(2024) + " " + DateTime.IsLeapYear(1900) + " " + DateTime.IsLeapYear(2000));
        Console.WriteLine(DateTime.DaysInMonth(2023, 2) + " " + DateTime.DaysInMonth(2024, 2) + " " + DateTime.DaysInMonth(2024, 12));
        Console.WriteLine(new DateTime(2024, 1, 1).DayOfWeek + " " + new DateTime(1970, 1, 1).DayOfWeek);
        try { new DateTime(2023, 2, 29); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("ArgumentOutOfRangeException"); }
        Console.WriteLine(new DateTime(638400000000000000L).ToString("yyyy-MM-dd HH:mm:ss.fff"));
    }
}
