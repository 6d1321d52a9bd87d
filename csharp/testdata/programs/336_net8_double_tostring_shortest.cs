// checks: double.ToString() prints the shortest round-trippable string (.NET Core 3.0+), switching to E notation at 1E+15 and below 1E-05
// expect: hand-checked (.NET 8 differs from Mono: Mono prints 15 significant digits, e.g. 0.3 for 0.1 + 0.2)
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(0.1 + 0.2);
        Console.WriteLine(1.0 / 3);
        Console.WriteLine(2.0 / 3);
        Console.WriteLine(Math.PI);
        Console.WriteLine(Math.E);
        Console.WriteLine(0.1);
        Console.WriteLine(100.0);
        Console.WriteLine(1e14);
        Console.WriteLine(1e15);
        Console.WriteLine(123456789012345.6);
        Console.WriteLine(0.0001);
        Console.WriteLine(0.00001);
        Console.WriteLine(double.MaxValue);
        Console.WriteLine(double.Epsilon);
        Console.WriteLine(1.1 * 1.1);
        Console.WriteLine(0.1 * 3);
        Console.WriteLine((0.1 + 0.2).ToString("R"));
        Console.WriteLine($"{1.0 / 3}");
        Console.WriteLine("x=" + 2.0 / 3);
    }
}
