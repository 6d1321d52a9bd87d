// checks: sieve of Eratosthenes with bool arrays, counting and listing primes, nested loops with long arithmetic
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        int n = 10000;
        var composite = new bool[n + 1];
        for (int i = 2; (long)i * i <= n; i++)
            if (!composite[i])
                for (int j = i * i; j <= n; j += i) composite[j] = true;
        var primes = new List<int>();
        for (int i = 2; i <= n; i++) if (!composite[i]) primes.Add(i);
        Console.WriteLine(primes.Count);
        Console.WriteLine(string.Join(",", primes.GetRange(0, 15)));
        Console.WriteLine(primes[primes.Count - 1]);
        long sum = 0;
        foreach (var p in primes) sum += p;
        Console.WriteLine(sum);
        int twins = 0;
        for (int i = 1; i < primes.Count; i++) if (primes[i] - primes[i - 1] == 2) twins++;
        Console.WriteLine(twins);
    }
}
