// checks: OrderBy(...).First() for arg-min, Sum overflow throws (checked inside LINQ), long Sum fine, Count with predicate on strings
using System;
using System.Linq;

class Program
{
    static void Main()
    {
        var agents = new[] { new { Id = "201", Load = 3 }, new { Id = "202", Load = 1 }, new { Id = "203", Load = 1 } };
        var least = agents.OrderBy(a => a.Load).First();
        Console.WriteLine(least.Id);
        var most = agents.OrderByDescending(a => a.Load).First();
        Console.WriteLine(most.Id);
        try { Console.WriteLine(new[] { int.MaxValue, 1 }.Sum()); }
        catch (OverflowException) { Console.WriteLine("OverflowException"); }
        Console.WriteLine(new[] { int.MaxValue, 1 }.Sum(x => (long)x));
        Console.WriteLine("a,b;c d".Count(ch => !char.IsLetter(ch)));
        Console.WriteLine(agents.Select(a => a.Load).Distinct().Count());
    }
}
