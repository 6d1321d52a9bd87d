// checks: LINQ operators pull one element at a time through the chain (interleaved Where/Select logs), Take stops pulling early, each enumeration re-runs the chain, iterator finally blocks run when First() stops early or a lambda throws (before the catch), Zip disposes both sources
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static IEnumerable<int> Source()
    {
        try
        {
            for (int i = 1; i <= 5; i++) { Console.WriteLine("  yield " + i); yield return i; }
        }
        finally { Console.WriteLine("  source finally"); }
    }

    static void Main()
    {
        var q = Source().Where(x => { Console.WriteLine("  where " + x); return x % 2 == 1; })
                        .Select(x => { Console.WriteLine("  select " + x); return x * 10; });
        Console.WriteLine("built");
        foreach (var x in q.Take(2)) Console.WriteLine("got " + x);
        Console.WriteLine("first " + q.First());
        Console.WriteLine("count " + q.Count());
        var e = q.GetEnumerator();
        Console.WriteLine(e.MoveNext() + " " + e.Current);
        e.Dispose();
        Console.WriteLine("any " + Source().Any(x => x > 1));
        Console.WriteLine(string.Join(",", Source().Skip(3)));
        try { foreach (var x in Source().Where(x => 10 / (2 - x) > 0)) Console.WriteLine("got " + x); }
        catch (DivideByZeroException) { Console.WriteLine("caught"); }
        var t = Source().Take(2).GetEnumerator();
        while (t.MoveNext()) Console.WriteLine("t " + t.Current);
        Console.WriteLine("after loop");
        t.Dispose();
        Console.WriteLine(Source().Zip(Source().Skip(1), (a, b) => a * 10 + b).First());
    }
}
