// checks: exceptions in lambdas surface at enumeration time, captured variables read at enumeration time, not at query creation
using System;
using System.Linq;

class Program
{
    static void Main()
    {
        int threshold = 2;
        var nums = new[] { 1, 2, 3, 4 };
        var q = nums.Where(n => n > threshold);
        threshold = 3;
        Console.WriteLine(string.Join(",", q));
        var bad = nums.Select(n => 10 / (n - 3));
        Console.WriteLine("query created");
        try { foreach (var x in bad) Console.WriteLine("value " + x); }
        catch (DivideByZeroException) { Console.WriteLine("DivideByZeroException during enumeration"); }
        var firstOk = bad.First();
        Console.WriteLine(firstOk);
        var ordered = nums.OrderBy(n => { Console.WriteLine("key " + n); return -n; });
        Console.WriteLine("ordered created");
        Console.WriteLine(ordered.First());
    }
}
