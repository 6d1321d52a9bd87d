// checks: TimeSpan custom formats (hh\:mm\:ss, %m, d\.hh), "g" and "G" invariant, Parse/TryParse/ParseExact
using System;
using System.Globalization;

class Program
{
    static void Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var t = new TimeSpan(2, 3, 4, 5, 60);
        Console.WriteLine(t.ToString(@"hh\:mm\:ss", inv));
        Console.WriteLine(t.ToString(@"d\.hh\:mm", inv));
        Console.WriteLine(t.ToString(@"mm\:ss\.fff", inv));
        Console.WriteLine(t.ToString("%m", inv) + " " + t.ToString("%h", inv));
        Console.WriteLine(t.ToString("g", inv) + " | " + t.ToString("G", inv) + " | " + t.ToString("c", inv));
        Console.WriteLine(TimeSpan.FromMinutes(5).ToString("g", inv) + " | " + TimeSpan.FromMinutes(5).ToString("G", inv));
        Console.WriteLine(TimeSpan.Parse("01:30:00", inv).TotalMinutes);
        Console.WriteLine(TimeSpan.Parse("1.02:03:04", inv).TotalHours.ToString("F6", inv));
        Console.WriteLine(TimeSpan.Parse("00:00:01.5", inv).TotalMilliseconds);
        TimeSpan r;
        Console.WriteLine(TimeSpan.TryParse("abc", inv, out r) + " " + r);
        Console.WriteLine(TimeSpan.ParseExact("08:15", @"hh\:mm", inv));
        Console.WriteLine(TimeSpan.Parse("-00:30:00", inv));
        Console.WriteLine(TimeSpan.Parse("3", inv));
        Console.WriteLine($"{TimeSpan.FromSeconds(3725):hh\\:mm\\:ss}");
    }
}
