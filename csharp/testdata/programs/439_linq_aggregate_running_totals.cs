// checks: running totals with Select and a captured accumulator (side effects in deferred queries re-run on each enumeration), Aggregate into a tuple
using System;
using System.Linq;

class Program
{
    static void Main()
    {
        var secs = new[] { 30, 45, 10, 60 };
        int acc = 0;
        var running = secs.Select(s => acc += s);
        Console.WriteLine(string.Join(",", running));
        Console.WriteLine(string.Join(",", running));
        Console.WriteLine(acc);
        var stats = secs.Aggregate((min: int.MaxValue, max: int.MinValue, sum: 0), (t, s) => (Math.Min(t.min, s), Math.Max(t.max, s), t.sum + s));
        Console.WriteLine(stats.min + " " + stats.max + " " + stats.sum);
        var list = running.ToList();
        Console.WriteLine(list[0] + " " + acc);
    }
}
