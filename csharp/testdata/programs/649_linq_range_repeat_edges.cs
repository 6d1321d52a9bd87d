// checks: Enumerable.Range and Repeat edge cases: empty ranges, a range ending at int.MaxValue, negative counts and overflowing ranges throw ArgumentOutOfRangeException when called (not when enumerated), Empty
using System;
using System.Linq;

class Program
{
    static void Main()
    {
        Console.WriteLine(Enumerable.Range(0, 0).Count() + " " + Enumerable.Range(-3, 4).Sum() + " [" + string.Join(",", Enumerable.Range(-2, 5)) + "]");
        Console.WriteLine(Enumerable.Range(int.MaxValue, 1).Single() + " " + Enumerable.Range(int.MaxValue - 2, 3).Last());
        Console.WriteLine(Enumerable.Range(int.MinValue, 2).First());
        try { Enumerable.Range(int.MaxValue, 2); Console.WriteLine("no throw"); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine("Range overflow: " + e.GetType().Name + " " + e.ParamName); }
        try { Enumerable.Range(0, -1); Console.WriteLine("no throw"); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine("Range negative: " + e.ParamName); }
        Console.WriteLine(string.Join(",", Enumerable.Repeat("ab", 3)) + " " + Enumerable.Repeat(1, 0).Any());
        try { Enumerable.Repeat('x', -1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("Repeat negative: " + e.ParamName); }
        Console.WriteLine(Enumerable.Empty<int>().Count() + " " + (Enumerable.Empty<string>().FirstOrDefault() == null));
        var r = Enumerable.Range(1, 5);
        Console.WriteLine(r.Skip(2).Take(10).Sum() + " " + r.Take(0).Count() + " " + r.Skip(9).Count() + " " + r.Take(-1).Count() + " " + r.Skip(-2).Count());
        Console.WriteLine(string.Join(",", r.Reverse()) + " " + r.ElementAt(4) + " " + r.ElementAtOrDefault(5));
        long big = Enumerable.Range(0, 100000).Select(x => (long)x).Sum();
        Console.WriteLine(big);
        try { Console.WriteLine(Enumerable.Range(0, 100000).Sum()); }
        catch (OverflowException) { Console.WriteLine("int Sum overflows: OverflowException"); }
    }
}
