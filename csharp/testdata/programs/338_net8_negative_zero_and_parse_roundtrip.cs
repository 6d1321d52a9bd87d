// checks: -0.0 prints as "-0" on .NET Core 3.0+; parsing the shortest string gives back the same double
// expect: hand-checked (.NET 8 differs from Mono: Mono prints "0" for negative zero)
using System;
using System.Globalization;

class Program
{
    static void Main()
    {
        double nz = -0.0;
        Console.WriteLine(nz);
        Console.WriteLine(0.0 * -1);
        Console.WriteLine(nz == 0.0);
        double x = 0.1 + 0.2;
        string s = x.ToString(CultureInfo.InvariantCulture);
        Console.WriteLine(s + " " + (double.Parse(s, CultureInfo.InvariantCulture) == x));
        double third = 1.0 / 3;
        Console.WriteLine(double.Parse(third.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) == third);
    }
}
