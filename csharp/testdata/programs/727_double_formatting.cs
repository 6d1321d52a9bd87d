// checks: double formatting (Mono-checked: avoids 1e15..1e16 with G/R, R of values needing 17 digits, negative zero, denormals, where Mono prints what .NET Framework did) with explicit formats that .NET Framework/Mono and .NET 8 print alike: R round-trips, G17, E with precision and lower-case e, F/N with precision, custom 0.000 and #.## and percent, exponent custom format, ToString("G") of exact values, parsing back with double.Parse invariant, float R, NaN and ordering via CompareTo
using System;
using System.Globalization;

class Program
{
    static void Main()
    {
        double third = 1.0 / 3;
        Console.WriteLine(third.ToString("G17") + " " + (0.1 + 0.2).ToString("R") + " " + 0.1.ToString("R"));
        Console.WriteLine(double.Parse(third.ToString("R"), CultureInfo.InvariantCulture) == third);
        Console.WriteLine(1234.5678.ToString("E") + " " + 1234.5678.ToString("E2") + " " + 1234.5678.ToString("e4") + " " + 0.000123.ToString("E1"));
        Console.WriteLine(1234.5678.ToString("F") + " " + 1234.5678.ToString("F1") + " " + 1234.5678.ToString("N3") + " " + (-0.25).ToString("F3"));
        Console.WriteLine(3.14159.ToString("0.000") + " " + 3.1.ToString("0.000") + " " + 3.14159.ToString("#.##") + " " + 0.75.ToString("0%") + " " + 0.756.ToString("0.0%"));
        Console.WriteLine(12345.0.ToString("0.###E+0") + " " + 0.00042.ToString("0.0E-00") + " " + 1500000.0.ToString("#,##0,K"));
        Console.WriteLine(2.5.ToString("G") + " " + 100.0.ToString() + " " + 0.25.ToString() + " " + (-1.5).ToString() + " " + 1e-5.ToString("G"));
        Console.WriteLine(123456789.0.ToString("G3") + " " + 0.000123456.ToString("G2") + " " + 1e14.ToString("G") + " " + 1e18.ToString("G"));
        Console.WriteLine(double.NaN.ToString() + " " + double.NaN.Equals(double.NaN) + " " + (double.NaN == double.NaN) + " " + double.NaN.CompareTo(0.0));
        Console.WriteLine(double.MaxValue.ToString("R") + " " + double.MinValue.ToString("G17"));
        Console.WriteLine(0.1f.ToString("R") + " " + ((double)0.1f).ToString("R"));
        Console.WriteLine(Math.PI.ToString("F10") + " " + Math.E.ToString("N4") + " " + Math.PI.ToString("00.00"));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0:F2}|{1,10:E3}|{2:R}", 9.999, 6.02214076e23, 0.1));
        Console.WriteLine(double.Parse("1.5e3", CultureInfo.InvariantCulture) + " " + double.Parse("-0.125", CultureInfo.InvariantCulture) + " " + double.Parse("  42  ", CultureInfo.InvariantCulture));
        double v;
        Console.WriteLine(double.TryParse("abc", NumberStyles.Float, CultureInfo.InvariantCulture, out v) + " " + v + " " + double.TryParse("3.25", NumberStyles.Float, CultureInfo.InvariantCulture, out v) + " " + v);
        Console.WriteLine((1e308 * 10).Equals(double.PositiveInfinity) + " " + double.IsInfinity(-1e308 * 10));
    }
}
