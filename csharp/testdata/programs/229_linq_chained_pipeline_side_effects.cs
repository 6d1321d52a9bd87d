// checks: a long pipeline pulls elements one at a time: the log shows the interleaving of Where, Select, Take and the consumer
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static IEnumerable<int> Source()
    {
        for (int i = 1; i <= 6; i++) { Console.WriteLine("yield " + i); yield return i; }
        Console.WriteLine("source done");
    }

    static void Main()
    {
        var q = Source()
            .Where(x => { Console.WriteLine("  where " + x); return x != 2; })
            .Select(x => { Console.WriteLine("    select " + x); return x * x; })
            .Take(3);
        foreach (var v in q) Console.WriteLine("      consume " + v);
        Console.WriteLine("---");
        var any = Source().Any(x => x > 1);
        Console.WriteLine(any);
        Console.WriteLine("---");
        var cnt = Source().Skip(4).Count();
        Console.WriteLine(cnt);
    }
}
