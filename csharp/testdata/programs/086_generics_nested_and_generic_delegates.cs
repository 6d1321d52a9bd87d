// checks: generic types nested in generic types, generic delegate types declared by the user
using System;
using System.Collections.Generic;

delegate TR Transformer<T, TR>(T input);

class Outer<T>
{
    public class Inner<U>
    {
        public string Describe(T t, U u) { return typeof(T).Name + "/" + typeof(U).Name + ": " + t + "," + u; }
    }
}

class Program
{
    static List<TR> Apply<T, TR>(IEnumerable<T> xs, Transformer<T, TR> f)
    {
        var r = new List<TR>();
        foreach (var x in xs) r.Add(f(x));
        return r;
    }

    static void Main()
    {
        var inner = new Outer<int>.Inner<string>();
        Console.WriteLine(inner.Describe(1, "one"));
        Transformer<int, string> hex = n => n.ToString("X");
        Console.WriteLine(string.Join(" ", Apply(new[] { 10, 255, 4096 }, hex)));
        Console.WriteLine(string.Join(" ", Apply(new[] { "a", "bb" }, s => s.Length * 2)));
    }
}
