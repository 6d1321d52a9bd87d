// checks: standard numeric formats with invariant culture: N, F, D, X, E, P, C, G on integers and decimals
using System;
using System.Globalization;

class Program
{
    static void Main()
    {
        var inv = CultureInfo.InvariantCulture;
        int i = 1234567;
        Console.WriteLine(i.ToString("N", inv) + " " + i.ToString("N0", inv) + " " + i.ToString("N2", inv));
        Console.WriteLine(i.ToString("F", inv) + " " + i.ToString("F3", inv));
        Console.WriteLine(42.ToString("D5") + " " + (-42).ToString("D5") + " " + 42.ToString("D1"));
        Console.WriteLine(255.ToString("X") + " " + 255.ToString("X8") + " " + 255.ToString("x4") + " " + (-1).ToString("X") + " " + 4096L.ToString("X"));
        Console.WriteLine(i.ToString("E", inv) + " " + i.ToString("E2", inv) + " " + i.ToString("e3", inv));
        Console.WriteLine(0.125m.ToString("P", inv) + " " + 0.5m.ToString("P0", inv) + " " + 1.5m.ToString("P1", inv));
        Console.WriteLine(1234.567m.ToString("C", inv) + " " + (-1234.567m).ToString("C", inv) + " " + 5m.ToString("C0", inv));
        Console.WriteLine(i.ToString("G", inv) + " " + 1234.5m.ToString("G", inv) + " " + i.ToString("G3", inv));
        Console.WriteLine((-1234.5m).ToString("N1", inv) + " " + 0m.ToString("N2", inv));
        Console.WriteLine(long.MaxValue.ToString("N0", inv));
        Console.WriteLine(byte.MaxValue.ToString("X") + " " + ((sbyte)-1).ToString("X") + " " + ((short)-1).ToString("X"));
        Console.WriteLine(1.005m.ToString("F2", inv) + " " + 2.5m.ToString("F0", inv) + " " + (-2.5m).ToString("F0", inv));
        Console.WriteLine(12.ToString("N3", inv) + " " + 0.ToString("D3") + " " + 7.ToString("00.0", inv));
    }
}
