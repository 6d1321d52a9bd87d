// checks: generic type inference with several bounds (Pick(1, 2.5) is Pick<double>), null and derived-class arguments (Pick(cat, dog) fails; Pick<Animal>), inference through arrays and IEnumerable<T> of subclasses, lambdas whose parameter type comes from another argument, nested generic results, explicit type arguments overriding inference
using System;
using System.Collections.Generic;
using System.Linq;

class Animal { public virtual string Kind { get { return "animal"; } } }
class Cat : Animal { public override string Kind { get { return "cat"; } } }

static class G
{
    public static string Pick<T>(T a, T b) { return typeof(T).Name + ":" + a + "," + b; }
    public static string Of<T>(params T[] xs) { return typeof(T).Name + "[" + xs.Length + "]"; }
    public static string Seq<T>(IEnumerable<T> xs) { return "Seq<" + typeof(T).Name + ">"; }
    public static TR With<T, TR>(T x, Func<T, TR> f) { return f(x); }
    public static string Types<T, TR>(T x, Func<T, TR> f) { return typeof(T).Name + "->" + typeof(TR).Name; }
    public static Dictionary<K, List<V>> Group<K, V>(IEnumerable<V> xs, Func<V, K> key)
    {
        var d = new Dictionary<K, List<V>>();
        foreach (var x in xs)
        {
            var k = key(x);
            List<V> l;
            if (!d.TryGetValue(k, out l)) { l = new List<V>(); d[k] = l; }
            l.Add(x);
        }
        return d;
    }
    public static T Or<T>(T x, T fallback) where T : class { return x ?? fallback; }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(G.Pick(1, 2.5) + " | " + G.Pick(1L, 2) + " | " + G.Pick("a", null) + " | " + G.Pick('a', 98));
        Console.WriteLine(G.Pick<Animal>(new Cat(), new Animal()) + " | " + G.Pick<object>(1, "x"));
        Console.WriteLine(G.Of(1, 2, 3) + " " + G.Of("a") + " " + G.Of(1, 2.0) + " " + G.Of<object>(1, "x") + " " + G.Of(new Cat(), new Cat()));
        Console.WriteLine(G.Seq(new[] { 1 }) + " " + G.Seq(new List<string>()) + " " + G.Seq(new List<Cat>()) + " " + G.Seq<Animal>(new List<Cat>()) + " " + G.Seq("abc"));
        Console.WriteLine(G.With(21, x => x * 2) + " " + G.With("abc", s => s.Length) + " " + G.With(3, x => x / 2.0));
        Console.WriteLine(G.Types(1, x => x.ToString()) + " " + G.Types("s", s => s.Length > 0) + " " + G.Types(2.5, d => (int)d) + " " + G.Types(new Cat(), c => c.Kind));
        var groups = G.Group(new[] { "apple", "avocado", "banana" }, s => s[0]);
        foreach (var kv in groups) Console.Write(kv.Key + "=" + string.Join("/", kv.Value) + " ");
        Console.WriteLine(groups.GetType().Name + " " + groups.Keys.First().GetType().Name);
        Console.WriteLine(G.Or(null, "fallback") + " " + G.Or("value", "fallback"));
        var sums = new[] { 1, 2, 3 }.Select(x => x * 1.5).ToList();
        Console.WriteLine(sums.GetType().Name + " " + sums[1] + " " + new[] { "a" }.Select(s => s.Length).First().GetType().Name);
    }
}
