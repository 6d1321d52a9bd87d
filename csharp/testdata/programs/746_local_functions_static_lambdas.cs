// checks: local functions (recursive, capturing locals, static local functions, generic local functions, local iterator and async local functions, called before their declaration), lambdas with discards and static lambdas, Func returned from a method capturing a parameter
// expect: hand-checked (C# 7-9: local functions, static local functions, lambda discards and static lambdas; Mono's mcs does not implement local functions)
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

class Program
{
    static Func<int, int> MakeScaler(int factor)
    {
        return Scale;
        int Scale(int x) => x * factor;
    }

    static async Task<int> SumAsync(int n)
    {
        return await Go(n);
        async Task<int> Go(int k)
        {
            await Task.Delay(1);
            return k <= 0 ? 0 : k + await Go(k - 1);
        }
    }

    static void Main()
    {
        Console.WriteLine(Fact(10) + " " + Fib(20));
        long Fact(int n) => n <= 1 ? 1 : n * Fact(n - 1);
        int Fib(int n) { var memo = new Dictionary<int, int>(); return F(n); int F(int k) { if (k < 2) return k; if (memo.TryGetValue(k, out var v)) return v; return memo[k] = F(k - 1) + F(k - 2); } }

        int counter = 0;
        void Bump(int by = 1) => counter += by;
        Bump(); Bump(5); Bump();
        Console.WriteLine("counter " + counter);

        static int Square(int x) => x * x;
        Console.WriteLine(Square(12));

        T Pick<T>(bool first, T a, T b) => first ? a : b;
        Console.WriteLine(Pick(true, "x", "y") + Pick(false, 1, 2));

        IEnumerable<int> Evens(int max)
        {
            for (int i = 0; i <= max; i += 2) yield return i;
        }
        Console.WriteLine(string.Join(",", Evens(10)));

        var triple = MakeScaler(3);
        Console.WriteLine(triple(14));

        Func<int, int, int> first = (a, _) => a;
        Func<int, int, int> pick2 = static (_, b) => b;
        Console.WriteLine(first(1, 2) + " " + pick2(1, 2));

        Console.WriteLine(SumAsync(10).Result);

        var words = new[] { "delta", "alpha", "charlie" };
        Console.WriteLine(string.Join(" ", words.OrderBy(Key)));
        static string Key(string s) => s.Substring(1);
    }
}
