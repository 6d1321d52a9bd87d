// checks: custom DateTime formats: yyyy yy MM M MMM MMMM dd d ddd dddd HH H hh h mm ss fff tt, literals and escapes
using System;
using System.Globalization;

class Program
{
    static void Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var d = new DateTime(2024, 7, 4, 9, 3, 5, 45);
        Console.WriteLine(d.ToString("yyyy-MM-dd HH:mm:ss.fff", inv));
        Console.WriteLine(d.ToString("yy M d H h m s", inv));
        Console.WriteLine(d.ToString("MMM MMMM ddd dddd", inv));
        Console.WriteLine(d.ToString("hh:mm tt", inv) + " " + d.AddHours(12).ToString("h:mm tt", inv));
        Console.WriteLine(d.ToString("dd/MM/yyyy", inv));
        Console.WriteLine(d.ToString("'Day' d 'of' MMMM", inv));
        Console.WriteLine(d.ToString("HH\\hmm", inv));
        Console.WriteLine(d.ToString("yyyyMMddHHmmss", inv));
        Console.WriteLine(d.ToString("ff FFF", inv) + "|" + new DateTime(2024, 1, 1).ToString("FFF", inv) + "|");
        Console.WriteLine(d.ToString("%d", inv) + " " + d.ToString("%M", inv));
        Console.WriteLine(d.ToString("dddd, MMMM d, yyyy", inv));
        Console.WriteLine(new DateTime(2024, 1, 1, 0, 0, 0).ToString("hh tt H", inv));
        Console.WriteLine(string.Format(inv, "{0:HH:mm} on {0:ddd}", d));
        Console.WriteLine($"{d:yyyy-MM-ddTHH:mm:ss}");
    }
}
