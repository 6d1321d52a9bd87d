// checks: double division by zero gives Infinity/NaN (tested by predicates), NaN comparisons, IsNaN/IsInfinity, Epsilon ordering
using System;

class Program
{
    static void Main()
    {
        double zero = 0;
        double pinf = 1 / zero, ninf = -1 / zero, nan = zero / zero;
        Console.WriteLine(double.IsPositiveInfinity(pinf) + " " + double.IsNegativeInfinity(ninf) + " " + double.IsNaN(nan));
        Console.WriteLine(nan == nan);
        Console.WriteLine(nan != nan);
        Console.WriteLine(nan.Equals(nan));
        Console.WriteLine(nan < 1 || nan >= 1);
        Console.WriteLine(pinf > double.MaxValue);
        Console.WriteLine(double.IsInfinity(ninf) + " " + double.IsInfinity(nan));
        Console.WriteLine(double.Epsilon > 0);
        Console.WriteLine(0.0 == -0.0);
        Console.WriteLine(double.IsNaN(Math.Sqrt(-1)));
        Console.WriteLine(double.MaxValue * 2 == pinf);
        Console.WriteLine((int)Math.Floor(-2.5) + " " + (int)Math.Ceiling(-2.5));
        Console.WriteLine(0.1 + 0.2 == 0.3);
        Console.WriteLine(Math.Abs(0.1 + 0.2 - 0.3) < 1e-9);
        Console.WriteLine(1e308 * 10 == double.PositiveInfinity);
        Console.WriteLine(nan.CompareTo(0.0) + " " + pinf.CompareTo(nan));
    }
}
