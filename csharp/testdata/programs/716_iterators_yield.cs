// checks: iterators: lazy evaluation order interleaved with the consumer, yield break, try/finally in an iterator runs on early exit (break in foreach disposes), infinite generator with a manual Take, nested iterators, IEnumerator used by hand (MoveNext/Current), an iterator re-run per GetEnumerator, iterator argument validation happens lazily
using System;
using System.Collections.Generic;

class Program
{
    static IEnumerable<int> Numbers(int n)
    {
        Console.WriteLine("  start");
        try
        {
            for (int i = 1; i <= n; i++)
            {
                Console.WriteLine("  yield " + i);
                yield return i;
            }
            Console.WriteLine("  end of loop");
        }
        finally
        {
            Console.WriteLine("  finally");
        }
    }

    static IEnumerable<long> Fib()
    {
        long a = 0, b = 1;
        while (true)
        {
            yield return a;
            var t = a + b; a = b; b = t;
        }
    }

    static IEnumerable<T> Take<T>(IEnumerable<T> src, int n)
    {
        if (n <= 0) yield break;
        foreach (var x in src)
        {
            yield return x;
            if (--n == 0) yield break;
        }
    }

    static IEnumerable<string> Validate(string s)
    {
        if (s == null) throw new ArgumentNullException("s");
        yield return s;
    }

    static IEnumerable<int> Flatten(IEnumerable<IEnumerable<int>> xss)
    {
        foreach (var xs in xss)
            foreach (var x in xs)
                yield return x;
    }

    static IEnumerable<IEnumerable<int>> Rows()
    {
        yield return new[] { 1, 2 };
        yield return new int[0];
        yield return Numbers(1);
    }

    static void Main()
    {
        Console.WriteLine("full:");
        foreach (var x in Numbers(2)) Console.WriteLine("got " + x);
        Console.WriteLine("break:");
        foreach (var x in Numbers(5)) { Console.WriteLine("got " + x); if (x == 2) break; }
        Console.WriteLine("lazy:");
        var seq = Numbers(1);
        Console.WriteLine("created");
        var e = seq.GetEnumerator();
        Console.WriteLine(e.MoveNext() + " " + e.Current);
        Console.WriteLine(e.MoveNext());
        Console.WriteLine(e.MoveNext());
        Console.WriteLine("fib: " + string.Join(" ", Take(Fib(), 12)));
        Console.WriteLine("take0: [" + string.Join(" ", Take(Fib(), 0)) + "]");
        var v = Validate(null);
        Console.WriteLine("validate created");
        try { foreach (var s in v) Console.WriteLine(s); }
        catch (ArgumentNullException ex) { Console.WriteLine("thrown on first MoveNext: " + ex.ParamName); }
        Console.WriteLine("flatten:");
        Console.WriteLine(string.Join(",", Flatten(Rows())));
        var twice = Take(Fib(), 3);
        Console.WriteLine(string.Join(",", twice) + " | " + string.Join(",", twice));
    }
}
