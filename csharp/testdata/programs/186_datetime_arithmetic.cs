// checks: AddDays/AddHours/AddMonths (clamped to month end)/AddYears (Feb 29), subtraction giving TimeSpan, comparisons and equality
using System;

class Program
{
    static string F(DateTime d) { return d.ToString("yyyy-MM-dd HH:mm:ss"); }

    static void Main()
    {
        var d = new DateTime(2024, 1, 31, 22, 30, 0);
        Console.WriteLine(F(d.AddDays(1)) + " | " + F(d.AddHours(2)) + " | " + F(d.AddMinutes(-45)));
        Console.WriteLine(F(d.AddMonths(1)) + " | " + F(d.AddMonths(2)) + " | " + F(d.AddMonths(-2)));
        Console.WriteLine(F(new DateTime(2024, 2, 29).AddYears(1)) + " | " + F(new DateTime(2024, 2, 29).AddYears(4)));
        Console.WriteLine(F(d.AddDays(0.5)) + " | " + F(d.AddSeconds(3600 * 24 * 365)));
        var a = new DateTime(2024, 3, 1);
        var b = new DateTime(2024, 2, 1);
        TimeSpan diff = a - b;
        Console.WriteLine(diff + " " + diff.TotalDays + " " + diff.Days);
        Console.WriteLine((a > b) + " " + (a == new DateTime(2024, 3, 1)) + " " + a.CompareTo(b) + " " + DateTime.Compare(b, a));
        Console.WriteLine(F(a - TimeSpan.FromHours(1)) + " | " + F(a + new TimeSpan(1, 2, 3, 4)));
        Console.WriteLine(F(a.AddTicks(TimeSpan.TicksPerDay)));
        Console.WriteLine((new DateTime(2025, 1, 1) - new DateTime(2024, 1, 1)).Days);
        Console.WriteLine(a.Subtract(b).TotalHours + " " + F(a.Subtract(TimeSpan.FromDays(1))));
        Console.WriteLine(F(new DateTime(2023, 12, 31, 23, 59, 59).AddSeconds(1)));
    }
}
