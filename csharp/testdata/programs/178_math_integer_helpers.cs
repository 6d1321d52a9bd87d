// checks: integer algorithms: power by squaring with long, digit sums, Math.Max/Min on mixed types, overflow-safe midpoint
using System;

class Program
{
    static long Pow(long b, int e)
    {
        long r = 1;
        while (e > 0) { if ((e & 1) == 1) r *= b; b *= b; e >>= 1; }
        return r;
    }

    static int DigitSum(long n) { int s = 0; n = Math.Abs(n); while (n > 0) { s += (int)(n % 10); n /= 10; } return s; }

    static void Main()
    {
        Console.WriteLine(Pow(3, 13) + " " + Pow(2, 62) + " " + Pow(10, 0));
        Console.WriteLine(DigitSum(9876543210) + " " + DigitSum(-505));
        int lo = int.MaxValue - 10, hi = int.MaxValue;
        Console.WriteLine(lo + (hi - lo) / 2);
        Console.WriteLine((lo + hi) / 2);
        Console.WriteLine(Math.Max(3, 4L).GetType().Name + " " + Math.Min(2, 2.5));
        Console.WriteLine(Math.Abs(-0) + " " + Math.Max(byte.MaxValue, (byte)3));
        long big = 1;
        for (int i = 1; i <= 25; i++) big = unchecked(big * i);
        Console.WriteLine(big);
    }
}
