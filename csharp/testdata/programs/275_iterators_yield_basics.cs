// checks: yield return/yield break, lazy execution order between producer and consumer, finally in iterators on early break
using System;
using System.Collections.Generic;

class Program
{
    static IEnumerable<int> Numbers(int max)
    {
        Console.WriteLine("iterator start");
        try
        {
            for (int i = 1; i <= max; i++)
            {
                if (i == 4) { Console.WriteLine("yield break at 4"); yield break; }
                Console.WriteLine("yielding " + i);
                yield return i;
            }
        }
        finally { Console.WriteLine("iterator finally"); }
    }

    static void Main()
    {
        var seq = Numbers(10);
        Console.WriteLine("created");
        foreach (var n in seq) Console.WriteLine("got " + n);
        Console.WriteLine("--- early break");
        foreach (var n in Numbers(10)) { Console.WriteLine("got " + n); if (n == 2) break; }
        Console.WriteLine("--- manual enumerator");
        using (var e = Numbers(2).GetEnumerator())
        {
            Console.WriteLine(e.MoveNext() + " " + e.Current);
            Console.WriteLine(e.MoveNext() + " " + e.Current);
            Console.WriteLine(e.MoveNext());
        }
    }
}
