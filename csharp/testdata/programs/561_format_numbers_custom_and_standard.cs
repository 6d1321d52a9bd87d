// checks: string.Format with alignment and standard/custom numeric formats as call reports use them: 0.00, #,##0, D4, X2, P, N, C, E, sections, escapes
using System;
using System.Globalization;

class Program
{
    static void Main()
    {
        double[] values = { 0, 1, -1, 0.5, 1.005, 2.675, 1234.5678, -9876.54321, 1e6, 0.000123 };
        foreach (double v in values)
        {
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "|{0,12:0.00}|{0,-12:#,##0.##}|{0,10:F1}|{0,14:N3}|{0:E3}|{0:G4}|{0:0.###E+0}|", v));
        }
        int[] ints = { 0, 7, 42, 255, -255, 65535, int.MaxValue, int.MinValue };
        foreach (int i in ints)
        {
            Console.WriteLine(string.Format("{0,12}|{0:D4}|{0:X2}|{0:x8}|{0:#,##0}|{0:000000}|{0:N0}|{0:+#;-#;zero}", i));
        }
        decimal[] money = { 0m, 19.99m, -5.5m, 1234567.891m, 0.005m, 0.015m, 0.025m };
        foreach (decimal m in money)
        {
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,10:0.00}|{0:#,##0.00;(#,##0.00)}|{0:F1}|{0:N2}|{0:P1}|{0}", m));
        }
        Console.WriteLine(string.Format("{0:P}|{0:P0}|{0:P2}|{1:0%}|{1:0.0‰}", 0.12345, 0.5));
        Console.WriteLine(string.Format("{0:00:00}|{0:#\\#}|{0:'['0']'}|{1:0.00;;'nothing'}", 1234, 0));
        Console.WriteLine(string.Format("{0,-8}|{1,8}|{2,-6:F2}|", "ext", 100, 3.14159));
        Console.WriteLine(12.ToString("D4") + " " + 255.ToString("X") + " " + 255.ToString("x4") + " " + (-1).ToString("X") + " " + 10L.ToString("X"));
        Console.WriteLine(3.0.ToString() + " " + 3.5.ToString("0") + " " + 4.5.ToString("0") + " " + (-2.5).ToString("0") + " " + 0.125.ToString("0.00"));
        Console.WriteLine(1234.5.ToString("#,#") + " " + 0.0.ToString("#.##") + "|" + 0.0.ToString("0.##") + " " + 1500000.0.ToString("#,##0,K") + " " + 2500000000.0.ToString("0,,M"));
        Console.WriteLine(1e21.ToString() + " " + 1e-7.ToString() + " " + double.NaN.ToString("0.00") + " " + 100f.ToString("E3") + " " + 0.25f.ToString());
        Console.WriteLine(string.Format("{0:C}|{0:C0}|{1:C2}", 1234.567m, -8.5));
    }
}
