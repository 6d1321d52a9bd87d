// checks: queries inside an iterator (over yielded values), inside lambdas and local-like delegates, as method arguments, and over a query parameter of a generic method
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static IEnumerable<int> Numbers(int n)
    {
        for (int i = 1; i <= n; i++)
        {
            Console.WriteLine("  yield " + i);
            yield return i;
        }
    }

    static IEnumerable<string> Labels(IEnumerable<int> src)
    {
        foreach (var s in from x in src where x % 2 == 0 select "even" + x)
            yield return s;
        yield return "done";
    }

    static List<T> Keep<T>(IEnumerable<T> items, Func<T, bool> ok)
    {
        return (from it in items where ok(it) select it).ToList();
    }

    static void Main()
    {
        foreach (var l in Labels(Numbers(4)))
            Console.WriteLine(l);
        Func<int, IEnumerable<int>> multiples = k => from n in Enumerable.Range(1, 5) select n * k;
        Console.WriteLine(string.Join(",", multiples(3)));
        var kept = Keep(new[] { "a", "bb", "ccc" }, s => (from ch in s select ch).Count() != 2);
        Console.WriteLine(string.Join(",", kept));
        Console.WriteLine(string.Join(",", Keep(from n in Numbers(3) select n * n, n => n > 1)));
        var funcs = (from n in new[] { 1, 2, 3 } select (Func<int>)(() => n * 100)).ToList();
        Console.WriteLine(string.Join(",", from f in funcs select f()));
    }
}
