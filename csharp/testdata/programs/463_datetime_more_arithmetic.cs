// checks: month arithmetic edge cases (Jan 31 + n months), negative TimeSpans from subtraction, DateTime.Date comparisons, AddMilliseconds, Ticks round trip
using System;

class Program
{
    static void Main()
    {
        var jan31 = new DateTime(2023, 1, 31);
        for (int m = 1; m <= 4; m++) Console.Write(jan31.AddMonths(m).ToString("MM-dd") + " ");
        Console.WriteLine();
        var a = new DateTime(2024, 5, 1, 10, 0, 0);
        var b = new DateTime(2024, 5, 1, 8, 30, 15);
        var d = b - a;
        Console.WriteLine(d + " " + d.TotalMinutes + " " + d.Hours + " " + d.Duration());
        Console.WriteLine((a.Date == b.Date) + " " + (a > b) + " " + DateTime.Compare(a.Date, b));
        Console.WriteLine(a.AddMilliseconds(1500).ToString("HH:mm:ss.fff") + " " + a.AddMilliseconds(-1).ToString("HH:mm:ss.fff"));
        Console.WriteLine(new DateTime(a.Ticks) == a);
        Console.WriteLine(new DateTime(2024, 12, 31).AddDays(1).Year + " " + new DateTime(2024, 3, 10).AddDays(-10).ToString("MM-dd"));
        Console.WriteLine((new DateTime(2024, 3, 1) - new DateTime(2023, 3, 1)).TotalDays + " " + (new DateTime(2025, 3, 1) - new DateTime(2024, 3, 1)).TotalDays);
        Console.WriteLine(a.AddHours(-10.5).ToString("yyyy-MM-dd HH:mm"));
    }
}
