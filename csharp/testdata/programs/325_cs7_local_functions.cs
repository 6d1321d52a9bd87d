// checks: local functions: recursion, capturing locals, use before declaration, static local functions (C# 8), generic local functions
// expect: hand-checked (C# 7: Mono's mcs does not implement local functions)
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        Console.WriteLine(Fact(10));
        long Fact(int n) => n <= 1 ? 1 : n * Fact(n - 1);

        int counter = 0;
        void Bump(int by) { counter += by; }
        Bump(2); Bump(3);
        Console.WriteLine(counter);

        static int Square(int x) => x * x;
        Console.WriteLine(Square(9));

        T First<T>(List<T> xs, T fallback) => xs.Count > 0 ? xs[0] : fallback;
        Console.WriteLine(First(new List<string> { "a" }, "none") + " " + First(new List<int>(), -1));

        IEnumerable<int> Evens(int max) { for (int i = 0; i <= max; i += 2) yield return i; }
        Console.WriteLine(string.Join(",", Evens(6)));
    }
}
