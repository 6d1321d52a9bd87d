// checks: var with lambdas that capture, inferred Func/Action types used in generic methods, method group natural type for a single overload
// expect: hand-checked (C# 10: natural-type lambdas)
using System;
using System.Collections.Generic;

class Program
{
    static T Apply<T>(Func<T> f) => f();
    static string Describe(int n) => "n=" + n;

    static void Main()
    {
        int calls = 0;
        var count = () => ++calls;
        count(); count();
        Console.WriteLine(calls + " " + Apply(count));
        var describe = Describe;
        Console.WriteLine(describe(7));
        var list = new List<Func<int, int>> { x => x + 1 };
        var twice = (int x) => x * 2;
        list.Add(twice);
        int v = 5;
        foreach (var f in list) v = f(v);
        Console.WriteLine(v);
    }
}
