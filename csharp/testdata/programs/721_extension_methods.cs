// checks: extension methods: on string, int, IEnumerable<T> with a predicate, generic with a constraint, chained calls, called as a static method, on a null receiver (no NullReferenceException), extension on an interface picked up by implementing classes, instance method wins over extension
using System;
using System.Collections.Generic;
using System.Text;

interface IHasName { string Name { get; } }
class Agent : IHasName { public string Name { get; set; } public string Greet() => "instance greet " + Name; }

static class Ext
{
    public static bool IsBlank(this string s) => s == null || s.Trim().Length == 0;
    public static string Repeat(this string s, int n)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.Append(s);
        return sb.ToString();
    }
    public static string Truncate(this string s, int max, string ell = "...") => s.Length <= max ? s : s.Substring(0, max) + ell;
    public static int Squared(this int x) => x * x;
    public static bool Between(this int x, int lo, int hi) => x >= lo && x <= hi;
    public static IEnumerable<T> WhereNot<T>(this IEnumerable<T> xs, Func<T, bool> pred)
    {
        foreach (var x in xs) if (!pred(x)) yield return x;
    }
    public static T MaxBy2<T>(this IEnumerable<T> xs, Func<T, int> key) where T : class
    {
        T best = null; int bk = int.MinValue;
        foreach (var x in xs) { var k = key(x); if (best == null || k > bk) { best = x; bk = k; } }
        return best;
    }
    public static string Describe(this IHasName n) => "named " + n.Name;
    public static string Greet(this Agent a) => "extension greet";
    public static string OrDefault(this string s, string d) => string.IsNullOrEmpty(s) ? d : s;
    public static Dictionary<TK, int> CountBy<T, TK>(this IEnumerable<T> xs, Func<T, TK> key)
    {
        var d = new Dictionary<TK, int>();
        foreach (var x in xs) { var k = key(x); d[k] = d.TryGetValue(k, out var c) ? c + 1 : 1; }
        return d;
    }
}

class Program
{
    static void Main()
    {
        Console.WriteLine("  ".IsBlank() + " " + "x".IsBlank() + " " + ((string)null).IsBlank());
        Console.WriteLine("ab".Repeat(3) + " " + Ext.Repeat("-", 5));
        Console.WriteLine("Hello world".Truncate(5) + " " + "Hi".Truncate(5) + " " + "abcdef".Truncate(3, "~"));
        Console.WriteLine(7.Squared() + " " + 5.Squared().Squared() + " " + 5.Between(1, 10) + " " + 11.Between(1, 10));
        var odd = new[] { 1, 2, 3, 4, 5 }.WhereNot(x => x % 2 == 0);
        Console.WriteLine(string.Join(",", odd));
        var words = new List<string> { "pear", "banana", "fig" };
        Console.WriteLine(words.MaxBy2(w => w.Length));
        var a = new Agent { Name = "Kim" };
        Console.WriteLine(a.Describe() + " | " + a.Greet() + " | " + Ext.Greet(a));
        string nothing = null;
        Console.WriteLine(nothing.OrDefault("default") + " " + "set".OrDefault("default"));
        var counts = "mississippi".CountBy(c => c);
        foreach (var kv in counts) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();
        Console.WriteLine("  padded ".Trim().Repeat(2).Truncate(8).ToUpper());
    }
}
