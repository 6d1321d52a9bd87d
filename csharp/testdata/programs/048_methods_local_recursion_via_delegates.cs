// checks: recursion through a Func delegate stored in a local, memoisation with a Dictionary
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        Func<int, long> fib = null;
        var memo = new Dictionary<int, long>();
        int calls = 0;
        fib = n =>
        {
            calls++;
            if (n < 2) return n;
            long v;
            if (memo.TryGetValue(n, out v)) return v;
            v = fib(n - 1) + fib(n - 2);
            memo[n] = v;
            return v;
        };
        Console.WriteLine(fib(50));
        Console.WriteLine(calls);
        Func<int, int> fact = null;
        fact = n => n <= 1 ? 1 : n * fact(n - 1);
        Console.WriteLine(fact(10));
    }
}
