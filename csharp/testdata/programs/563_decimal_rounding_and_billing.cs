// checks: decimal arithmetic for call billing: scale rules, Math.Round with MidpointRounding, Round/Truncate/Floor/Ceiling, division, conversions, overflow, parsing and formatting
using System;
using System.Collections.Generic;
using System.Globalization;

class Program
{
    static decimal Cost(int seconds, decimal perMinute, int increment)
    {
        int billed = (seconds + increment - 1) / increment * increment;
        return Math.Round(billed / 60m * perMinute, 2, MidpointRounding.AwayFromZero);
    }

    static void Main()
    {
        Console.WriteLine(Cost(61, 0.09m, 60) + " " + Cost(61, 0.09m, 1) + " " + Cost(1, 0.0125m, 30) + " " + Cost(3600, 1.99m, 60));
        decimal[] xs = { 2.5m, 3.5m, -2.5m, 2.45m, 2.55m, 2.345m, -2.345m, 1.005m };
        foreach (var x in xs)
        {
            Console.WriteLine(x + ": " + Math.Round(x) + " " + Math.Round(x, 1) + " " + Math.Round(x, 1, MidpointRounding.AwayFromZero) + " " +
                Math.Round(x, 2, MidpointRounding.ToEven) + " " + decimal.Round(x, 1) + " " + Math.Truncate(x) + " " + Math.Floor(x) + " " + Math.Ceiling(x));
        }
        Console.WriteLine(1m / 3m + " " + 2m / 3m + " " + 10m / 4m + " " + 1m / 8m + " " + 100m / 7m);
        Console.WriteLine(1.10m + 2.205m + " " + 1.5m * 2.00m + " " + (5.00m - 5m) + " " + 3m * 0.5m + " " + 7.5m % 2m + " " + -7.5m % 2m);
        Console.WriteLine((decimal)0.1 + " " + (decimal)1.0 / 3 + " " + (double)0.1m + " " + (int)2.9m + " " + (int)-2.9m + " " + (long)1e10m + " " + decimal.ToInt32(7.7m));
        Console.WriteLine(decimal.MaxValue + " " + decimal.MinValue + " " + decimal.One + " " + decimal.MinusOne + " " + decimal.Zero);
        Console.WriteLine(0.1m + 0.2m == 0.3m);
        Console.WriteLine(decimal.Parse("12.50", CultureInfo.InvariantCulture) + " " + decimal.Parse("-0.000", CultureInfo.InvariantCulture) + " " + decimal.Parse("1E2", NumberStyles.Float, CultureInfo.InvariantCulture));
        Console.WriteLine(12.5m.ToString("F3", CultureInfo.InvariantCulture) + " " + 12.345m.ToString("0.00", CultureInfo.InvariantCulture) + " " + 1234.5m.ToString("N1", CultureInfo.InvariantCulture) + " " + 0.5m.ToString("P0", CultureInfo.InvariantCulture));
        try { decimal big = decimal.MaxValue; big += 1; Console.WriteLine(big); }
        catch (OverflowException e) { Console.WriteLine("OverflowException: " + e.Message); }
        decimal zero = 0m;
        try { Console.WriteLine(1m / zero); }
        catch (DivideByZeroException e) { Console.WriteLine("DivideByZeroException: " + e.Message); }
        var totals = new Dictionary<string, decimal>();
        string[] calls = { "sales:125", "support:61", "sales:30", "support:600" };
        foreach (var c in calls)
        {
            var parts = c.Split(':');
            decimal amount = Cost(int.Parse(parts[1]), 0.05m, 6);
            decimal cur;
            totals.TryGetValue(parts[0], out cur);
            totals[parts[0]] = cur + amount;
        }
        foreach (var kv in totals) Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-8}{1,8:0.00}{2,10:C}", kv.Key, kv.Value, kv.Value));
        double h = 2.5, k = 3.5, n = -1.5; // variables: Mono 6.8's JIT rounds constant arguments half away from zero
        Console.WriteLine(Math.Round(h) + " " + Math.Round(k) + " " + Math.Round(n) + " " + Math.Round(2.675, 2) + " " + Math.Round(1.5, MidpointRounding.AwayFromZero) + " " + Math.Round(0.125, 2, MidpointRounding.AwayFromZero));
        Console.WriteLine(Math.Abs(-3.5m) + " " + Math.Max(1.5m, 1.50m) + " " + Math.Min(-1m, 0m) + " " + Math.Sign(-0.01m) + " " + decimal.Negate(4m) + " " + decimal.Remainder(10m, 3m));
        Console.WriteLine(decimal.GetBits(1.5m)[0] + " " + (decimal.GetBits(1.5m)[3] >> 16));
    }
}
