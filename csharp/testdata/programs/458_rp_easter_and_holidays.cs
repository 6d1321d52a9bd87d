// checks: computing Easter Sunday (anonymous Gregorian algorithm) and derived German holidays with AddDays; DayOfWeek checks
using System;
using System.Collections.Generic;

class Program
{
    static DateTime Easter(int y)
    {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateTime(y, month, day);
    }

    static void Main()
    {
        foreach (var y in new[] { 2024, 2025, 2026 })
        {
            var e = Easter(y);
            var list = new List<string>
            {
                "Good Friday " + e.AddDays(-2).ToString("dd.MM."),
                "Easter Monday " + e.AddDays(1).ToString("dd.MM."),
                "Ascension " + e.AddDays(39).ToString("dd.MM."),
                "Whit Monday " + e.AddDays(50).ToString("dd.MM."),
            };
            Console.WriteLine(y + ": Easter " + e.ToString("yyyy-MM-dd") + " (" + e.DayOfWeek + "); " + string.Join(", ", list));
        }
    }
}
