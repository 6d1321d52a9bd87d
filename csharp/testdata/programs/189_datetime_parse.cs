// checks: DateTime.Parse/ParseExact/TryParseExact with invariant culture and ISO strings; failure cases
using System;
using System.Globalization;

class Program
{
    static void Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var d = DateTime.Parse("2024-03-09 14:05:07", inv);
        Console.WriteLine(d.ToString("yyyy-MM-dd HH:mm:ss", inv) + " " + d.Kind);
        Console.WriteLine(DateTime.Parse("03/09/2024", inv).ToString("MMMM d", inv));
        Console.WriteLine(DateTime.ParseExact("09.03.2024 08:30", "dd.MM.yyyy HH:mm", inv).ToString("s", inv));
        DateTime r;
        Console.WriteLine(DateTime.TryParseExact("2024-13-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out r) + " " + (r == DateTime.MinValue));
        Console.WriteLine(DateTime.TryParseExact("20240102", "yyyyMMdd", inv, DateTimeStyles.None, out r) + " " + r.ToString("D", inv));
        Console.WriteLine(DateTime.TryParse("not a date", inv, DateTimeStyles.None, out r));
        try { DateTime.ParseExact("2024-01-02", "dd/MM/yyyy", inv); }
        catch (FormatException) { Console.WriteLine("FormatException"); }
        var t = DateTime.ParseExact("7:05 PM", "h:mm tt", inv);
        Console.WriteLine(t.Hour + ":" + t.Minute);
        Console.WriteLine(DateTime.ParseExact("2024-03-09T14:05:07", new[] { "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss" }, inv, DateTimeStyles.None).Second);
    }
}
