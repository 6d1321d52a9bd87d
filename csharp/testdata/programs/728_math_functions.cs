// checks: Math functions: Round with ToEven default and AwayFromZero (values in variables), Round to digits, Floor/Ceiling/Truncate of negatives, Pow, Sqrt, Abs, Sign, Max/Min on mixed types, Log/Log10/Exp, trig with tolerance-free exact results, Clamp-like code, integer Pow via loop, BigMul, Math.Round on decimals
using System;

class Program
{
    static void Main()
    {
        double[] mids = { 0.5, 1.5, 2.5, -1.5, -2.5, 3.49999 };
        foreach (var m in mids)
            Console.Write(Math.Round(m) + "/" + Math.Round(m, MidpointRounding.AwayFromZero) + " ");
        Console.WriteLine();
        double x = 2.345, y = 1.005;
        Console.WriteLine(Math.Round(x, 1) + " " + Math.Round(y, 0) + " " + Math.Round(123.456, 2));
        decimal dm = 2.345m, dn = 2.355m;
        Console.WriteLine(Math.Round(dm, 2) + " " + Math.Round(dn, 2) + " " + Math.Round(dm, 2, MidpointRounding.AwayFromZero) + " " + decimal.Round(-2.5m) + " " + Math.Round(2.5m));
        Console.WriteLine(Math.Floor(-2.5) + " " + Math.Ceiling(-2.5) + " " + Math.Truncate(-2.5) + " " + Math.Floor(2.5) + " " + Math.Ceiling(2.1) + " " + Math.Floor(-0.0001));
        Console.WriteLine(Math.Pow(2, 10) + " " + Math.Pow(2, -1) + " " + Math.Pow(9, 0.5) + " " + Math.Sqrt(144) + " " + Math.Pow(0, 0));
        Console.WriteLine(Math.Abs(-7) + " " + Math.Abs(-7.25) + " " + Math.Abs(-7L) + " " + Math.Sign(-3) + " " + Math.Sign(0.0) + " " + Math.Sign(9L));
        Console.WriteLine(Math.Max(3, 7) + " " + Math.Min(-1.5, 2) + " " + Math.Max(2L, 5) + " " + Math.Min(1u, 4u) + " " + Math.Max('a', 'b'));
        Console.WriteLine(Math.Log10(1000) + " " + Math.Log(Math.E) + " " + Math.Exp(0) + " " + Math.Log(8, 2) + " " + Math.Log(1));
        Console.WriteLine(Math.Sin(0) + " " + Math.Cos(0) + " " + Math.Atan2(0, 1) + " " + Math.Atan2(1, 1).ToString("F6") + " " + (Math.Acos(-1) == Math.PI));
        Console.WriteLine(Math.BigMul(100000, 300000) + " " + Math.Cbrt(27) + " " + Math.Sqrt(-1));
        long p = 1;
        for (int i = 0; i < 40; i++) p *= 3;
        Console.WriteLine(p);
        int v = 17, lo = 0, hi = 10;
        Console.WriteLine(Math.Max(lo, Math.Min(hi, v)) + " " + Math.Max(lo, Math.Min(hi, -4)));
        double h1 = 7.5, h2 = 8.5;
        Console.WriteLine((int)Math.Round(h1) + " " + (int)Math.Round(h2) + " " + (long)Math.Floor(1e10 + 0.5));
        Console.WriteLine(Math.Round(-1.4) + " " + Math.Round(0.4) + " " + Math.Ceiling(-1.4));
        Console.WriteLine(Math.Min(double.NaN, 1) + " " + Math.Max(1, double.NaN));
    }
}
