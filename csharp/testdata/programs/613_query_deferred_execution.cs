// checks: queries run lazily and element by element: side effects of where/select interleave, nothing runs before enumeration, each enumeration runs again, orderby buffers its source
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static bool Log(string what, int n)
    {
        Console.WriteLine("  " + what + " " + n);
        return true;
    }

    static void Main()
    {
        var src = new List<int> { 1, 2, 3 };
        var q = from n in src where Log("where", n) && n != 2 select n * 10;
        Console.WriteLine("built");
        foreach (var x in q)
            Console.WriteLine("got " + x);
        src.Add(4);
        Console.WriteLine("count " + q.Count());
        var sorted = from n in src where Log("filter", n) orderby -n select n;
        Console.WriteLine("first " + sorted.First());
        var take = (from n in Enumerable.Range(1, 1000000) where Log("scan", n) select n).Take(2);
        Console.WriteLine(string.Join(",", take));
        var grouped = from n in src group n by n % 2 into g select Log("group", g.Key) ? g.Key : -1;
        Console.WriteLine("before groups");
        Console.WriteLine(string.Join(",", grouped));
    }
}
