// checks: user-written generic LINQ-like operators with yield (MyWhere, MySelect, MyTake) show the same lazy interleaving as LINQ
using System;
using System.Collections.Generic;

static class My
{
    public static IEnumerable<T> MyWhere<T>(this IEnumerable<T> src, Func<T, bool> p)
    {
        foreach (var x in src) { Console.WriteLine(" where? " + x); if (p(x)) yield return x; }
    }
    public static IEnumerable<U> MySelect<T, U>(this IEnumerable<T> src, Func<T, U> f)
    {
        foreach (var x in src) { Console.WriteLine(" select " + x); yield return f(x); }
    }
    public static IEnumerable<T> MyTake<T>(this IEnumerable<T> src, int n)
    {
        if (n <= 0) yield break;
        foreach (var x in src) { yield return x; if (--n == 0) yield break; }
    }
}

class Program
{
    static void Main()
    {
        var q = new[] { 1, 2, 3, 4, 5, 6 }.MyWhere(x => x % 2 == 0).MySelect(x => x * 100).MyTake(2);
        Console.WriteLine("built");
        foreach (var v in q) Console.WriteLine("got " + v);
    }
}
