// checks: generic methods with multiple constraints and type inference from return value of generic methods chains
using System;
using System.Collections.Generic;

class Program
{
    static IEnumerable<T> Repeat<T>(T x, int n) { for (int i = 0; i < n; i++) yield return x; }
    static List<T> ToList<T>(IEnumerable<T> xs) { return new List<T>(xs); }
    static Dictionary<TK, List<TV>> Group<TK, TV>(IEnumerable<TV> xs, Func<TV, TK> key)
    {
        var d = new Dictionary<TK, List<TV>>();
        foreach (var x in xs)
        {
            var k = key(x);
            List<TV> l;
            if (!d.TryGetValue(k, out l)) d[k] = l = new List<TV>();
            l.Add(x);
        }
        return d;
    }

    static void Main()
    {
        var l = ToList(Repeat("ab", 3));
        Console.WriteLine(l.Count + " " + string.Concat(l));
        var g = Group(new[] { "apple", "avocado", "banana", "blueberry", "cherry" }, s => s[0]);
        foreach (var kv in g) Console.WriteLine(kv.Key + ": " + string.Join(",", kv.Value));
    }
}
