// checks: double/decimal Parse and TryParse with invariant culture, exponents, thousands, leading/trailing whitespace, failures
using System;
using System.Globalization;

class Program
{
    static void Main()
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(double.Parse("3.25", inv) * 2);
        Console.WriteLine(double.Parse("-1.5e3", inv));
        Console.WriteLine(double.Parse("  42  ", inv));
        Console.WriteLine(decimal.Parse("1234.5000", inv));
        Console.WriteLine(decimal.Parse("1,234.5", NumberStyles.Number, inv));
        double d;
        Console.WriteLine(double.TryParse("abc", NumberStyles.Float, inv, out d) + " " + d);
        Console.WriteLine(double.TryParse("1,5", NumberStyles.Float, inv, out d) + " " + d);
        Console.WriteLine(double.TryParse(".5", NumberStyles.Float, inv, out d) + " " + d);
        decimal m;
        Console.WriteLine(decimal.TryParse("19.99", NumberStyles.Number, inv, out m) + " " + (m * 2));
        Console.WriteLine(decimal.TryParse("1e3", NumberStyles.Number, inv, out m) + " " + m);
        Console.WriteLine(decimal.TryParse("1e3", NumberStyles.Float, inv, out m) + " " + m);
        Console.WriteLine(float.Parse("0.5", inv) + 1);
        Console.WriteLine(Convert.ToDouble("2.5", inv) + Convert.ToDouble(1));
        try { double.Parse("", inv); }
        catch (FormatException) { Console.WriteLine("FormatException"); }
        try { decimal.Parse("1e40", NumberStyles.Float, inv); }
        catch (OverflowException) { Console.WriteLine("OverflowException"); }
        Console.WriteLine(int.Parse("-0") + " " + decimal.Parse("+0.50", inv));
    }
}
