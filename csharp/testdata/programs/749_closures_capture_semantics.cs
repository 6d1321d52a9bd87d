// checks: closures capture variables, not values: counters from a factory, several lambdas sharing one captured variable, modification after lambda creation is seen, loop variables (for shares one, foreach gets a fresh one per iteration, a copy inside for), captured parameters and ref-like patterns via a holder class, closures in LINQ deferred execution seeing later changes, a lambda capturing this
using System;
using System.Collections.Generic;
using System.Linq;

class Counter
{
    private int count;
    public Func<int> Incrementer() => () => ++count;
    public int Count => count;
}

class Program
{
    static Func<int> MakeCounter(int start)
    {
        int n = start;
        return () => n++;
    }

    static Tuple<Action, Func<int>> Pair()
    {
        int shared = 0;
        return Tuple.Create<Action, Func<int>>(() => shared++, () => shared);
    }

    static void Main()
    {
        var c1 = MakeCounter(10);
        var c2 = MakeCounter(100);
        Console.WriteLine(c1() + " " + c1() + " " + c2() + " " + c1());
        var p = Pair();
        p.Item1(); p.Item1(); p.Item1();
        Console.WriteLine(p.Item2());
        int x = 1;
        Func<int> seeX = () => x * 10;
        x = 5;
        Console.WriteLine(seeX());
        var fors = new List<Func<int>>();
        for (int i = 0; i < 3; i++) fors.Add(() => i);
        Console.WriteLine(string.Join(",", fors.Select(f => f())));
        var copies = new List<Func<int>>();
        for (int i = 0; i < 3; i++) { int copy = i; copies.Add(() => copy); }
        Console.WriteLine(string.Join(",", copies.Select(f => f())));
        var each = new List<Func<string>>();
        foreach (var s in new[] { "a", "b", "c" }) each.Add(() => s);
        Console.WriteLine(string.Join(",", each.Select(f => f())));
        var actions = new List<Action>();
        int total = 0;
        for (int i = 1; i <= 4; i++) { int k = i; actions.Add(() => total += k); }
        actions.ForEach(a => a());
        actions.ForEach(a => a());
        Console.WriteLine(total);
        int threshold = 3;
        var data = new List<int> { 1, 2, 3, 4, 5 };
        var query = data.Where(d => d > threshold);
        threshold = 1;
        data.Add(6);
        Console.WriteLine(string.Join(",", query));
        var counter = new Counter();
        var inc = counter.Incrementer();
        inc(); inc();
        Console.WriteLine(counter.Count + " " + inc() + " " + counter.Count);
        Func<int, Func<int>> outer = a => { int local = a * 2; return () => local + a; };
        Console.WriteLine(outer(5)() + " " + outer(1)());
        Action<int> rec = null;
        var visited = new List<int>();
        rec = n => { visited.Add(n); if (n > 0) rec(n - 1); };
        rec(3);
        Console.WriteLine(string.Join(",", visited));
        var whileFuncs = new List<Func<int>>();
        int w = 0;
        while (w < 3) { whileFuncs.Add(() => w); w++; }
        Console.WriteLine(string.Join(",", whileFuncs.Select(f => f())));
    }
}
