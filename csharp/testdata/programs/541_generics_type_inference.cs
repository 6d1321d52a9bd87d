// checks: generic method type inference: from arguments, arrays, IEnumerable<T> of lists, lambdas' return types (Select-like), two-phase inference through Func<T, TR>, explicit type arguments, default(T), constraints with new() and interfaces
using System;
using System.Collections.Generic;
using System.Linq;

interface IShape { double Area(); }
class Sq : IShape { public double S; public double Area() { return S * S; } public override string ToString() { return "Sq(" + S + ")"; } }

class Box<T>
{
    public T Value;
    public Box(T v) { Value = v; }
    public Box<TR> Map<TR>(Func<T, TR> f) { return new Box<TR>(f(Value)); }
    public override string ToString() { return "Box<" + typeof(T).Name + ">(" + Value + ")"; }
}

static class Util
{
    public static T First<T>(T[] xs) { return xs[0]; }
    public static T Max<T>(T a, T b) where T : IComparable<T> { return a.CompareTo(b) >= 0 ? a : b; }
    public static List<TR> Map<T, TR>(IEnumerable<T> xs, Func<T, TR> f)
    {
        var r = new List<TR>();
        foreach (var x in xs) r.Add(f(x));
        return r;
    }
    public static TR Fold<T, TR>(IEnumerable<T> xs, TR seed, Func<TR, T, TR> f)
    {
        var acc = seed;
        foreach (var x in xs) acc = f(acc, x);
        return acc;
    }
    public static T Make<T>() where T : new() { return new T(); }
    public static string Describe<T>(T x) { return typeof(T).Name + ":" + (x == null ? "null" : x.ToString()); }
    public static T Default<T>() { return default(T); }
    public static KeyValuePair<K, V> Pair<K, V>(K k, V v) { return new KeyValuePair<K, V>(k, v); }
    public static double TotalArea<T>(IEnumerable<T> shapes) where T : IShape { return shapes.Sum(s => s.Area()); }
    public static Box<T> Wrap<T>(T v) { return new Box<T>(v); }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(Util.First(new[] { "a", "b" }) + " " + Util.First(new[] { 3, 4 }));
        Console.WriteLine(Util.Max(3, 9) + " " + Util.Max("pear", "apple") + " " + Util.Max(2.5, -1.0));
        var lens = Util.Map(new List<string> { "one", "three" }, s => s.Length);
        Console.WriteLine(string.Join(",", lens) + " " + lens.GetType().Name);
        var strs = Util.Map(new[] { 1, 2 }, i => "#" + i);
        Console.WriteLine(string.Join(",", strs));
        Console.WriteLine(Util.Fold(new[] { 1, 2, 3 }, "", (acc, x) => acc + x));
        Console.WriteLine(Util.Fold(new[] { "a", "bb" }, 0, (acc, s) => acc + s.Length));
        Console.WriteLine(Util.Make<List<int>>().Count + " " + Util.Make<Sq>());
        Console.WriteLine(Util.Describe(5) + " " + Util.Describe("s") + " " + Util.Describe<object>(null) + " " + Util.Describe<int?>(null));
        Console.WriteLine(Util.Default<int>() + " " + (Util.Default<string>() == null) + " " + Util.Default<double>() + " " + Util.Default<bool>());
        var p = Util.Pair("ext", 101);
        Console.WriteLine(p.Key + "=" + p.Value + " " + p);
        Console.WriteLine(Util.TotalArea(new List<Sq> { new Sq { S = 2 }, new Sq { S = 3 } }));
        var b = Util.Wrap(21).Map(x => x * 2).Map(x => "v" + x);
        Console.WriteLine(b);
        Console.WriteLine(Util.Wrap(new[] { 1, 2 }));
    }
}
