// checks: decimal arithmetic is exact in base 10, keeps scale (trailing zeros), rounding with Math.Round/decimal.Round, division precision
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(0.1m + 0.2m);
        Console.WriteLine(0.1m + 0.2m == 0.3m);
        Console.WriteLine(1.10m + 2.205m);
        Console.WriteLine(2.50m * 4);
        Console.WriteLine(1m / 3);
        Console.WriteLine(2m / 3);
        Console.WriteLine(10m / 4);
        Console.WriteLine(Math.Round(2.345m, 2));
        Console.WriteLine(Math.Round(2.355m, 2));
        Console.WriteLine(Math.Round(2.345m, 2, MidpointRounding.AwayFromZero));
        Console.WriteLine(decimal.Round(-1.5m) + " " + decimal.Round(2.5m) + " " + decimal.Round(3.5m));
        Console.WriteLine(decimal.Truncate(-7.9m) + " " + decimal.Floor(-7.1m) + " " + decimal.Ceiling(7.1m));
        Console.WriteLine(1.0m == 1.00m);
        Console.WriteLine((1.0m).ToString() + " " + (1.00m).ToString());
        Console.WriteLine(decimal.Parse("12.3400"));
        Console.WriteLine(100m * 1.1m);
        Console.WriteLine(19.99m * 3);
        Console.WriteLine((int)19.99m + " " + (double)0.5m);
        Console.WriteLine(decimal.MinValue);
        decimal dmax = decimal.MaxValue;
        try { var d = dmax + 1; Console.WriteLine(d); }
        catch (OverflowException) { Console.WriteLine("OverflowException"); }
        Console.WriteLine(decimal.Negate(5.5m) + " " + decimal.Remainder(10m, 3m));
        Console.WriteLine(12.5m.ToString("F0") + " " + 13.5m.ToString("F0"));
    }
}
