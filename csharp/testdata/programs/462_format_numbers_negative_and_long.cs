// checks: standard formats on negative numbers and 64-bit values: N0/N2/D/X on long, negative D padding, thousands with negatives, ToString("0") of ulong
using System;
using System.Globalization;

class Program
{
    static void Main()
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine((-1234567L).ToString("N0", inv) + " " + (-0.5m).ToString("N2", inv) + " " + (-7).ToString("D3") + " " + long.MinValue.ToString("D", inv));
        Console.WriteLine(long.MaxValue.ToString("X") + " " + (-1L).ToString("X") + " " + ulong.MaxValue.ToString("0") + " " + ((ulong)1 << 63).ToString("N0", inv));
        Console.WriteLine(string.Format(inv, "[{0,12:N2}] [{1,-8:X4}] [{2,6:D4}]", -9876.5m, 3054, -12));
        Console.WriteLine((-42).ToString("0000") + " " + (-42).ToString("#,##0.00", inv) + " " + 0.ToString("#") + "|" + 0.ToString("0"));
        Console.WriteLine(int.MinValue.ToString("N0", inv) + " " + (-1m).ToString("C", inv) + " " + 1e-3m.ToString("E2", inv));
    }
}
