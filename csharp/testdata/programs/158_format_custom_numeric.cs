// checks: custom numeric format strings: 0 and # placeholders, grouping, scaling commas, percent, literals, sections for negative and zero
using System;
using System.Globalization;

class Program
{
    static void Main()
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(1234.5m.ToString("0.00", inv));
        Console.WriteLine(1234.5m.ToString("#,##0", inv));
        Console.WriteLine(1234567.891m.ToString("#,##0.00", inv));
        Console.WriteLine(0.5m.ToString("#.##", inv) + "|" + 0m.ToString("#.##", inv) + "|" + 0m.ToString("0.##", inv));
        Console.WriteLine(42.ToString("00000") + " " + 42.ToString("#####") + " " + 42.ToString("0"));
        Console.WriteLine(1.5m.ToString("0.0#", inv) + " " + 1.555m.ToString("0.0#", inv));
        Console.WriteLine(0.256m.ToString("0.0%", inv) + " " + 0.256m.ToString("#0%", inv));
        Console.WriteLine(1234567.ToString("#,#,,", inv) + " " + 1234567890.ToString("#,##0,,", inv) + "M");
        Console.WriteLine(12.ToString("+0;-0;zero") + " " + (-12).ToString("+0;-0;zero") + " " + 0.ToString("+0;-0;zero"));
        Console.WriteLine((-5).ToString("0;(0)") + " " + 5.ToString("0;(0)"));
        Console.WriteLine(5551234.ToString("(###) ###-####".Substring(6)));
        Console.WriteLine(7.ToString("'#'0") + " " + 7.ToString("\\#0") + " " + 7.ToString("0 'items'"));
        Console.WriteLine(123.456m.ToString("0000.0000", inv));
        Console.WriteLine(1234.ToString("0.00E+00", inv) + " " + 0.00012m.ToString("0.0E-0", inv));
        Console.WriteLine((-1.5m).ToString("0", inv) + " " + 2.5m.ToString("0", inv));
        Console.WriteLine(20.125m.ToString("0.00", inv) + " " + 20.135m.ToString("0.00", inv));
        Console.WriteLine(9.ToString("0%") + " " + 1000000.ToString("#,0", inv));
    }
}
