// checks: ToString with IFormatProvider and CultureInfo.InvariantCulture for ints, decimals, DateTime; string.Format(provider, ...)
using System;
using System.Globalization;

class Program
{
    static void Main()
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Format(inv, "{0:N2} {1:F1} {2:D3}", 1234.5m, 2.25m, 7));
        Console.WriteLine(1234.5m.ToString(inv) + " " + 12.ToString(inv));
        Console.WriteLine(new DateTime(2024, 12, 31, 23, 59, 58).ToString(inv));
        Console.WriteLine(new DateTime(2024, 12, 31).ToString("D", inv));
        Console.WriteLine(inv.NumberFormat.NumberDecimalSeparator + inv.NumberFormat.NumberGroupSeparator + inv.NumberFormat.CurrencySymbol);
        Console.WriteLine(string.IsNullOrEmpty(inv.Name));
        Console.WriteLine(CultureInfo.CurrentCulture.Name == "" ? "invariant current culture" : "culture " + CultureInfo.CurrentCulture.Name);
        Console.WriteLine(Convert.ToString(1.5m, inv) + " " + (2.5m).ToString("0.0", NumberFormatInfo.InvariantInfo));
    }
}
