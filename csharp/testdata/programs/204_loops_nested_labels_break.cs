// checks: nested loops with flags, break out of inner only, continue in while, do/while with complex condition
using System;

class Program
{
    static void Main()
    {
        for (int i = 1; i <= 3; i++)
        {
            for (int j = 1; j <= 3; j++)
            {
                if (j > i) break;
                Console.Write(i * j + " ");
            }
            Console.WriteLine();
        }
        int n = 0, skipped = 0;
        while (n < 10)
        {
            n++;
            if (n % 3 == 0) { skipped++; continue; }
        }
        Console.WriteLine(n + " " + skipped);
        int x = 100, steps = 0;
        do { x /= 2; steps++; } while (x > 1 && steps < 100);
        Console.WriteLine(x + " " + steps);
        int primes = 0;
        for (int c = 2; c < 50; c++)
        {
            bool prime = true;
            for (int d = 2; d * d <= c; d++) if (c % d == 0) { prime = false; break; }
            if (prime) primes++;
        }
        Console.WriteLine(primes);
        int k = 0;
        for (; ; ) { if (++k == 5) break; }
        Console.WriteLine(k);
    }
}
