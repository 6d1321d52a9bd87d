// checks: (arguments in variables: Mono folds Math.Round(0.5) of a constant wrongly) Math.Abs/Min/Max/Pow/Sqrt/Floor/Ceiling/Round (banker's and AwayFromZero)/Truncate/Sign/Clamp-like code, with exact results
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(Math.Abs(-5) + " " + Math.Abs(-2.5) + " " + Math.Abs(-3L));
        Console.WriteLine(Math.Min(3, 9) + " " + Math.Max(-1.5, -2.5) + " " + Math.Min(2u, 7u));
        Console.WriteLine(Math.Pow(2, 10) + " " + Math.Pow(9, 0.5) + " " + Math.Sqrt(144));
        Console.WriteLine(Math.Floor(2.7) + " " + Math.Floor(-2.7) + " " + Math.Ceiling(2.1) + " " + Math.Ceiling(-2.1));
        double h = 0.5, oh = 1.5, th = 2.5;
        Console.WriteLine(Math.Round(h) + " " + Math.Round(oh) + " " + Math.Round(th) + " " + Math.Round(-th));
        Console.WriteLine(Math.Round(th, MidpointRounding.AwayFromZero) + " " + Math.Round(-th, MidpointRounding.AwayFromZero));
        Console.WriteLine(Math.Round(1.25, 1) + " " + Math.Round(1.35, 1));
        Console.WriteLine(Math.Truncate(9.99) + " " + Math.Truncate(-9.99));
        Console.WriteLine(Math.Sign(-4) + " " + Math.Sign(0) + " " + Math.Sign(3.3));
        Console.WriteLine(Math.Max(int.MinValue, -1));
        Console.WriteLine(Math.Log10(1000) + " " + Math.Log(Math.E) + " " + Math.Exp(0));
        Console.WriteLine(Math.Sin(0) + " " + Math.Cos(0) + " " + Math.Atan2(0, 1));
        Console.WriteLine(Math.PI.ToString("F6") + " " + Math.E.ToString("F4"));
        Console.WriteLine(Math.BigMul(int.MaxValue, 2));
        Console.WriteLine(Math.Abs(long.MinValue + 1));
        try { Math.Abs(int.MinValue); }
        catch (OverflowException) { Console.WriteLine("OverflowException"); }
        Console.WriteLine(Math.Log(8, 2));
        Console.WriteLine(Math.Floor(7.0 / 2) + " " + Math.Round(7.0 / 2));
    }
}
