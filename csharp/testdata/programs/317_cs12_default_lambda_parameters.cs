// checks: lambdas with default parameter values and params arrays
// expect: hand-checked (C# 12: default lambda parameters)
using System;

class Program
{
    static void Main()
    {
        var inc = (int x, int by = 1) => x + by;
        Console.WriteLine(inc(5) + " " + inc(5, 10));
        var join = (string sep = ",", params string[] parts) => string.Join(sep, parts);
        Console.WriteLine(join("-", "a", "b") + " " + join());
    }
}
