// checks: double, float and decimal literals printed with exact (short) values and explicit formats
using System;

class Program
{
    static void Main()
    {
        double d = 2.5;
        Console.WriteLine(d);
        Console.WriteLine(1e3);
        Console.WriteLine(1.5e-3);
        Console.WriteLine(.25);
        Console.WriteLine(10d / 4);
        float f = 0.5f;
        Console.WriteLine(f);
        Console.WriteLine(1.25m);
        Console.WriteLine(1.50m);
        Console.WriteLine(1.50m + 2.250m);
        Console.WriteLine(10m / 4);
        Console.WriteLine(decimal.MaxValue);
        Console.WriteLine(123456789.125);
        Console.WriteLine((1.0 / 3).ToString("F4"));
        Console.WriteLine(7.0.GetType().Name + " " + 7f.GetType().Name + " " + 7m.GetType().Name);
        Console.WriteLine(-0.0 == 0.0);
        Console.WriteLine(100.0);
        Console.WriteLine(1e21.ToString("E3"));
    }
}
