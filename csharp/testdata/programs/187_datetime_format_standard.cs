// checks: DateTime standard formats with invariant culture: d D f F g G M o O R s t T u Y and default ToString
using System;
using System.Globalization;

class Program
{
    static void Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var d = new DateTime(2024, 3, 9, 14, 5, 7, 123);
        foreach (var f in new[] { "d", "D", "f", "F", "g", "G", "M", "o", "O", "R", "s", "t", "T", "u", "Y" })
            Console.WriteLine(f + ": " + d.ToString(f, inv));
        Console.WriteLine(d.ToString(inv));
        var utc = new DateTime(2024, 3, 9, 14, 5, 7, DateTimeKind.Utc);
        Console.WriteLine(utc.ToString("o", inv));
        Console.WriteLine(utc.ToString("u", inv));
        Console.WriteLine(new DateTime(2024, 12, 1).ToString("d", inv));
    }
}
