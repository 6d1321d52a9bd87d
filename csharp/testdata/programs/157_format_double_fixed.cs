// checks: F/N/E/P formats on doubles whose digits are far from rounding midpoints (exact in both .NET Framework and .NET Core)
using System;
using System.Globalization;

class Program
{
    static void Main()
    {
        var inv = CultureInfo.InvariantCulture;
        double[] values = { 0, 1, -1, 0.5, 2.3, 1234.5678, -9876.54321, 1e6, 0.001, 123456789.0 };
        foreach (var v in values)
            Console.WriteLine(v.ToString("F2", inv) + " | " + v.ToString("N1", inv) + " | " + v.ToString("E3", inv) + " | " + v.ToString("P0", inv));
        Console.WriteLine(Math.PI.ToString("F4", inv) + " " + Math.E.ToString("N3", inv));
        Console.WriteLine((1.0 / 3).ToString("F5", inv) + " " + (2.0 / 3).ToString("F5", inv));
        Console.WriteLine(0.75.ToString("P", inv) + " " + 1234.5.ToString("C2", inv));
        Console.WriteLine(3.99.ToString("F0", inv) + " " + (-3.99).ToString("F0", inv));
    }
}
