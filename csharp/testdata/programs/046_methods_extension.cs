// checks: extension methods on string, int, interfaces and generic types; instance methods win over extensions
using System;
using System.Collections.Generic;

static class Ext
{
    public static string Shout(this string s) { return s.ToUpper() + "!"; }
    public static int Squared(this int n) { return n * n; }
    public static bool IsNullOrShort(this string s, int max = 3) { return s == null || s.Length <= max; }
    public static T FirstOr<T>(this IEnumerable<T> seq, T fallback)
    {
        foreach (var x in seq) return x;
        return fallback;
    }
    public static string Describe(this Thing t) { return "extension"; }
}

class Thing
{
    public string Describe() { return "instance"; }
}

class Program
{
    static void Main()
    {
        Console.WriteLine("hi".Shout());
        Console.WriteLine(7.Squared());
        string n = null;
        Console.WriteLine(n.IsNullOrShort() + " " + "abcd".IsNullOrShort() + " " + "abcd".IsNullOrShort(4));
        Console.WriteLine(new List<int>().FirstOr(-1) + " " + new[] { 9, 8 }.FirstOr(-1));
        Console.WriteLine(new Thing().Describe());
        Console.WriteLine(Ext.Shout("static call"));
    }
}
