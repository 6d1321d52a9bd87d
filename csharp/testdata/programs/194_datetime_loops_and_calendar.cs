// checks: iterating days, counting business days, first weekday of month, week arithmetic on fixed dates
using System;

class Program
{
    static int BusinessDays(DateTime from, DateTime to)
    {
        int n = 0;
        for (var d = from.Date; d < to.Date; d = d.AddDays(1))
            if (d.DayOfWeek != DayOfWeek.Saturday && d.DayOfWeek != DayOfWeek.Sunday) n++;
        return n;
    }

    static DateTime NthWeekday(int year, int month, DayOfWeek dow, int n)
    {
        var d = new DateTime(year, month, 1);
        while (d.DayOfWeek != dow) d = d.AddDays(1);
        return d.AddDays(7 * (n - 1));
    }

    static void Main()
    {
        Console.WriteLine(BusinessDays(new DateTime(2024, 1, 1), new DateTime(2024, 2, 1)));
        Console.WriteLine(NthWeekday(2024, 11, DayOfWeek.Thursday, 4).ToString("yyyy-MM-dd"));
        Console.WriteLine(NthWeekday(2024, 5, DayOfWeek.Monday, 1).ToString("yyyy-MM-dd dddd"));
        var start = new DateTime(2024, 2, 26);
        for (int i = 0; i < 5; i++) Console.Write(start.AddDays(i).ToString("dd ") );
        Console.WriteLine();
        var endOfMonth = new DateTime(2024, 2, 1).AddMonths(1).AddDays(-1);
        Console.WriteLine(endOfMonth.ToString("yyyy-MM-dd"));
        Console.WriteLine((int)(new DateTime(2024, 12, 31) - new DateTime(2024, 1, 1)).TotalDays / 7);
    }
}
