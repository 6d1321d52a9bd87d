// checks: ulong to decimal conversions (explicit, implicit, in arithmetic) are exact above long.MaxValue (found by the random differential test, csharp/progen_test.go)
using System;

class Program
{
    static ulong[] values = { 0UL, 1UL, 9223372036854775807UL, 9223372036854775808UL, 9223372036854775809UL, 12345678901234567891UL, 18446744073709551614UL, 18446744073709551615UL };

    static void Main()
    {
        foreach (ulong u in values)
        {
            decimal d = u;
            decimal e = (decimal)u + 0.5m;
            Console.WriteLine(d + " " + e + " " + (d - u) + " " + (ulong)d + " " + (d == u));
        }
        ulong max = ulong.MaxValue;
        decimal sum = 0;
        for (int i = 0; i < 3; i++) sum += max;
        Console.WriteLine(sum + " " + sum / 3 + " " + Convert.ToDecimal(max) + " " + new decimal(max));
    }
}
