// checks: natural types of lambdas and method groups (var f = ...), explicit return types, static lambdas, discard parameters
// expect: hand-checked (C# 10: natural-type lambdas; C# 9: static lambdas and lambda discards)
using System;

class Program
{
    static int Twice(int x) => 2 * x;

    static void Main()
    {
        var square = (int x) => x * x;
        var greet = () => "hello";
        var parse = int (string s) => int.Parse(s);
        var add = static (int a, int b) => a + b;
        var ignore = (int _, int _) => 42;
        var mg = Twice;
        Func<int, int> f = square;
        Console.WriteLine(square(4) + " " + greet() + " " + parse("12") + " " + add(2, 3) + " " + ignore(1, 2) + " " + mg(21) + " " + f(5));
        var log = (string m) => Console.WriteLine("log: " + m);
        log("natural Action<string>");
        object o = () => 1;
        Console.WriteLine(o is Func<int>);
    }
}
