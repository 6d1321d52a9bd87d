// checks: exceptions thrown while enumerating run the iterator's finally; LINQ First stops early and disposes the iterator
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static IEnumerable<int> Source()
    {
        try
        {
            for (int i = 1; i <= 5; i++)
            {
                if (i == 4) throw new InvalidOperationException("source failed at " + i);
                yield return i;
            }
        }
        finally { Console.WriteLine("source finally"); }
    }

    static void Main()
    {
        try { foreach (var x in Source()) Console.WriteLine("item " + x); }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
        Console.WriteLine("first: " + Source().First());
        Console.WriteLine("any>2: " + Source().Any(x => x > 2));
        try { Console.WriteLine(Source().Sum()); }
        catch (InvalidOperationException) { Console.WriteLine("Sum threw"); }
    }
}
