// checks: LINQ Where/Select are deferred and streaming: side effects interleave per element and re-run on each enumeration
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var src = new List<int> { 1, 2, 3, 4 };
        var q = src.Where(x => { Console.WriteLine("where " + x); return x % 2 == 0; })
                   .Select(x => { Console.WriteLine("select " + x); return x * 10; });
        Console.WriteLine("query built");
        foreach (var v in q) Console.WriteLine("got " + v);
        src.Add(6);
        Console.WriteLine("count after add: " + q.Count());
        var first = q.First();
        Console.WriteLine("first " + first);
    }
}
