// checks: generic higher-order helpers (Fold, Zip-like Pairwise, Memoize) with type inference from lambdas and method groups
using System;
using System.Collections.Generic;

static class F
{
    public static TAcc Fold<T, TAcc>(IEnumerable<T> xs, TAcc seed, Func<TAcc, T, TAcc> f) { var acc = seed; foreach (var x in xs) acc = f(acc, x); return acc; }
    public static IEnumerable<Tuple<T, T>> Pairwise<T>(IList<T> xs) { for (int i = 1; i < xs.Count; i++) yield return Tuple.Create(xs[i - 1], xs[i]); }
    public static Func<TIn, TOut> Memoize<TIn, TOut>(Func<TIn, TOut> f)
    {
        var cache = new Dictionary<TIn, TOut>();
        return x => { TOut v; if (!cache.TryGetValue(x, out v)) { v = f(x); cache[x] = v; } return v; };
    }
}

class Program
{
    static int calls;
    static int Slow(int x) { calls++; return x * x; }

    static void Main()
    {
        Console.WriteLine(F.Fold(new[] { 1, 2, 3, 4 }, 0, (a, x) => a + x) + " " + F.Fold(new[] { "a", "b" }, ">", (a, x) => a + x));
        foreach (var p in F.Pairwise(new List<int> { 1, 4, 9, 16 })) Console.Write((p.Item2 - p.Item1) + " ");
        Console.WriteLine();
        var fast = F.Memoize<int, int>(Slow);
        Console.WriteLine(fast(4) + fast(4) + fast(5) + " calls=" + calls);
    }
}
