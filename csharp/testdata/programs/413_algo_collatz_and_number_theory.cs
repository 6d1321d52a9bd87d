// checks: integer loops with long: Collatz longest chain below 10000, perfect numbers, digit reversal, modular exponentiation
using System;

class Program
{
    static long ModPow(long b, long e, long m) { long r = 1; b %= m; while (e > 0) { if ((e & 1) == 1) r = r * b % m; b = b * b % m; e >>= 1; } return r; }

    static void Main()
    {
        int bestStart = 1, bestLen = 1;
        for (int s = 1; s < 10000; s++)
        {
            long n = s; int len = 1;
            while (n != 1) { n = n % 2 == 0 ? n / 2 : 3 * n + 1; len++; }
            if (len > bestLen) { bestLen = len; bestStart = s; }
        }
        Console.WriteLine(bestStart + " " + bestLen);
        for (int n = 2; n < 10000; n++)
        {
            int sum = 1;
            for (int d = 2; d * d <= n; d++) if (n % d == 0) { sum += d; if (d != n / d) sum += n / d; }
            if (sum == n) Console.Write(n + " ");
        }
        Console.WriteLine();
        long rev = 0, x = 1234567890123;
        while (x > 0) { rev = rev * 10 + x % 10; x /= 10; }
        Console.WriteLine(rev);
        Console.WriteLine(ModPow(2, 1000, 1000000007) + " " + ModPow(3, 200, 13));
    }
}
