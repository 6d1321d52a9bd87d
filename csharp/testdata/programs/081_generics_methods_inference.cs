// checks: generic methods with type inference from arguments, explicit type arguments, inference through lambdas
using System;
using System.Collections.Generic;

class Program
{
    static T Max<T>(T a, T b) where T : IComparable<T> { return a.CompareTo(b) >= 0 ? a : b; }
    static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
    static List<TOut> Map<TIn, TOut>(IEnumerable<TIn> xs, Func<TIn, TOut> f)
    {
        var r = new List<TOut>();
        foreach (var x in xs) r.Add(f(x));
        return r;
    }
    static string Kind<T>(T x) { return typeof(T).Name; }

    static void Main()
    {
        Console.WriteLine(Max(3, 9) + " " + Max("pear", "apple") + " " + Max(2.5, -1.0));
        int x = 1, y = 2;
        Swap(ref x, ref y);
        Console.WriteLine(x + " " + y);
        var lens = Map(new[] { "a", "bbb", "cc" }, s => s.Length);
        Console.WriteLine(string.Join(",", lens) + " " + lens.GetType().Name);
        var strs = Map(lens, n => new string('*', n));
        Console.WriteLine(string.Join(",", strs));
        Console.WriteLine(Kind(1) + " " + Kind<object>(1) + " " + Kind("s") + " " + Kind<long>(1));
    }
}
