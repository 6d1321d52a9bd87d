// checks: higher-order functions: compose, partial application, pipelines of Func built in a loop
using System;
using System.Collections.Generic;

class Program
{
    static Func<A, C> Compose<A, B, C>(Func<A, B> f, Func<B, C> g) { return x => g(f(x)); }

    static void Main()
    {
        Func<int, int> inc = x => x + 1;
        Func<int, int> dbl = x => x * 2;
        Console.WriteLine(Compose(inc, dbl)(5) + " " + Compose(dbl, inc)(5));
        var steps = new List<Func<int, int>> { inc, dbl, x => x - 3, dbl };
        Func<int, int> pipeline = x => x;
        foreach (var s in steps) { var prev = pipeline; var step = s; pipeline = x => step(prev(x)); }
        Console.WriteLine(pipeline(1));
        Func<int, int, int> pow = (b, e) => { int r = 1; for (int i = 0; i < e; i++) r *= b; return r; };
        Func<int, int> pow2 = e => pow(2, e);
        Console.WriteLine(pow2(10));
        Func<int, string> toStr = Compose<int, int, string>(dbl, n => "[" + n + "]");
        Console.WriteLine(toStr(21));
    }
}
