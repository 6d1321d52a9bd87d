// checks: static lambdas and lambda discard parameters in LINQ and delegates, Func<int, int, int> with (_, _)
// expect: hand-checked (C# 9: static anonymous functions and lambda discards)
using System;
using System.Linq;

class Program
{
    static void Main()
    {
        var xs = new[] { 3, 1, 4, 1, 5 };
        Console.WriteLine(string.Join(",", xs.Where(static x => x > 1).Select(static x => x * 2)));
        Func<int, int, int> zero = (_, _) => 0;
        Console.WriteLine(zero(5, 6));
        Console.WriteLine(string.Join(",", xs.Select(static (x, i) => x * i)));
        Action<object, EventArgs> handler = static (_, _) => Console.WriteLine("handled");
        handler(null, EventArgs.Empty);
    }
}
