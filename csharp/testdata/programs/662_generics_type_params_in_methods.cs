// checks: type parameters inside generic methods and classes: default(T), typeof(T), new T[n], new T(), is T, as, (T)o, EqualityComparer<T>.Default, Comparer<T>.Default with value and reference types
using System;
using System.Collections.Generic;
using System.Linq;

struct Point { public int X, Y; public override string ToString() { return "(" + X + "," + Y + ")"; } }
class Node { public string Tag = "node"; public override string ToString() { return Tag; } }
enum Color { Red, Green }

class Holder<T>
{
    public T Item;
    public T[] Make(int n) { return new T[n]; }
    public bool IsDefault() { return EqualityComparer<T>.Default.Equals(Item, default(T)); }
    public string Kind() { return typeof(T).Name + (typeof(T).IsValueType ? " value" : " ref"); }
    public Func<T> Getter() { return () => default(T); }
    public IEnumerable<T> Repeat(int n) { for (int i = 0; i < n; i++) yield return default(T); }
    public static T Zero = default(T);
}

class Program
{
    static T Def<T>() { return default(T); }
    static string Show<T>(T x) { return typeof(T).Name + ":" + (x == null ? "null" : x.ToString()); }
    static T[] Arr<T>(int n) { var a = new T[n]; return a; }
    static T Fresh<T>() where T : new() { return new T(); }
    static bool Is<T>(object o) { return o is T; }
    static T Cast<T>(object o) { return (T)o; }
    static T AsRef<T>(object o) where T : class { return o as T; }
    static bool Eq<T>(T a, T b) { return EqualityComparer<T>.Default.Equals(a, b); }
    static int Cmp<T>(T a, T b) { return Comparer<T>.Default.Compare(a, b); }
    static T MaxOf<T>(IEnumerable<T> xs) { var c = Comparer<T>.Default; T best = default(T); bool first = true; foreach (var x in xs) { if (first || c.Compare(x, best) > 0) best = x; first = false; } return best; }
    static int IndexOf<T>(T[] xs, T v) { for (int i = 0; i < xs.Length; i++) if (EqualityComparer<T>.Default.Equals(xs[i], v)) return i; return -1; }
    static Func<T> Later<T>() { return () => default(T); }
    static IEnumerable<T> Defaults<T>(int n) { for (int i = 0; i < n; i++) yield return default(T); }
    static List<T> ListOf<T>(T a) { var l = new List<T> { a, default(T) }; return l; }
    static string TypeOfArr<T>() { return typeof(T[]).Name + " " + typeof(List<T>).Name + " " + typeof(Dictionary<string, T>).GetGenericArguments()[1].Name; }
    static T? Maybe<T>(bool has, T v) where T : struct { if (has) return v; return null; }
    static string Pattern<T>(object o) { if (o is T) return "T " + (T)o; return "other"; }
    static int HashOf<T>(T a) { return EqualityComparer<T>.Default.GetHashCode(a) == a.GetHashCode() ? 1 : 0; }

    static void Main()
    {
        Console.WriteLine(Def<int>() + " " + Def<double>() + " " + Def<bool>() + " " + Def<char>().Equals('\0') + " " + Def<long>() + " " + Def<decimal>());
        Console.WriteLine((Def<string>() == null) + " " + (Def<Node>() == null) + " " + Def<Point>() + " " + Def<Color>() + " " + (Def<int?>() == null));
        Console.WriteLine(Show(5) + " " + Show("s") + " " + Show<object>(5) + " " + Show<string>(null) + " " + Show(Color.Green) + " " + Show(new Point()));
        Console.WriteLine(Arr<int>(3).GetType().Name + " " + Arr<int>(3)[2] + " " + (Arr<string>(2)[0] == null) + " " + Arr<Point>(1)[0] + " " + Arr<bool>(1)[0]);
        Console.WriteLine(Fresh<Node>() + " " + Fresh<Point>() + " " + Fresh<int>() + " " + Fresh<List<int>>().Count);
        Console.WriteLine(Is<int>(5) + " " + Is<long>(5) + " " + Is<string>("x") + " " + Is<object>(null) + " " + Is<int?>(5) + " " + Is<IComparable>(5) + " " + Is<Node>(new Node()));
        Console.WriteLine(Cast<int>(5) + " " + Cast<string>("x") + " " + Cast<Color>(Color.Green) + " " + (Cast<string>(null) == null) + " " + Cast<int?>(7));
        try { Cast<int>("no"); } catch (InvalidCastException) { Console.WriteLine("InvalidCastException"); }
        try { Cast<int>(null); } catch (NullReferenceException) { Console.WriteLine("NullReferenceException"); }
        Console.WriteLine((AsRef<string>(5) == null) + " " + AsRef<string>("y"));
        Console.WriteLine(Eq(1, 1) + " " + Eq(1, 2) + " " + Eq("a", "a") + " " + Eq<object>(1, 1) + " " + Eq(new Point(), new Point()) + " " + Eq<string>(null, null) + " " + Eq(Color.Red, Color.Green));
        Console.WriteLine(Cmp(1, 2) + " " + Cmp(2, 1) + " " + Cmp(3, 3) + " " + Math.Sign(Cmp("a", "b")) + " " + Cmp<string>(null, "a") + " " + Cmp(2.5, 1.0) + " " + Cmp(Color.Green, Color.Red) + " " + Cmp('a', 'b'));
        Console.WriteLine(MaxOf(new[] { 3, 9, 2 }) + " " + MaxOf(new[] { "pear", "apple" }) + " " + MaxOf(new int[0]) + " " + MaxOf(new List<double> { 1.5, -2 }));
        Console.WriteLine(IndexOf(new[] { 4, 5, 6 }, 6) + " " + IndexOf(new[] { "a", null, "c" }, null) + " " + IndexOf(new[] { 1.0, 2.0 }, 3.0));
        Console.WriteLine(Later<int>()() + " " + (Later<string>()() == null) + " " + string.Join(",", Defaults<int>(3)) + " " + Defaults<Node>(2).Count(x => x == null));
        Console.WriteLine(string.Join(",", ListOf(7)) + " " + ListOf("z").Count + " " + ListOf(true)[1]);
        Console.WriteLine(TypeOfArr<int>() + " | " + TypeOfArr<string>());
        Console.WriteLine(Maybe(true, 3) + " " + Maybe(false, 3).HasValue + " " + Maybe(true, Color.Green));
        Console.WriteLine(Pattern<int>(5) + " " + Pattern<int>("5") + " " + Pattern<string>("s") + " " + Pattern<string>(null));
        Console.WriteLine(HashOf(5) + " " + HashOf("abc"));

        var hi = new Holder<int>();
        var hs = new Holder<string>();
        var hp = new Holder<Point>();
        Console.WriteLine(hi.Make(2)[1] + " " + (hs.Make(2)[1] == null) + " " + hp.Make(1)[0] + " " + hi.Make(2).GetType().Name);
        Console.WriteLine(hi.IsDefault() + " " + hs.IsDefault() + " " + hp.IsDefault());
        hi.Item = 3; hs.Item = "x"; hp.Item = new Point { X = 1 };
        Console.WriteLine(hi.IsDefault() + " " + hs.IsDefault() + " " + hp.IsDefault());
        Console.WriteLine(hi.Kind() + " | " + hs.Kind() + " | " + hp.Kind());
        Console.WriteLine(hi.Getter()() + " " + (hs.Getter()() == null) + " " + string.Join(",", new Holder<bool>().Repeat(2)));
        var ld = new List<double> { 1.5, -2 }; ld.Add(3); ld.Insert(0, 'a');
        var dd = new Dictionary<string, double> { ["a"] = -2 }; dd.Add("b", 4); dd["c"] = 'c';
        var hd = new Holder<double>(); hd.Item = 5;
        Console.WriteLine(string.Join(" ", ld.Select(x => x.GetType().Name + "=" + x)) + " | " + string.Join(" ", dd.Values.Select(x => x.GetType().Name + "=" + x)) + " | " + hd.Item.GetType().Name + " " + MaxOf(new List<double> { 2, 1.5 }) / 4);
        Console.WriteLine(Holder<int>.Zero + " " + (Holder<string>.Zero == null) + " " + Holder<double>.Zero + " " + Holder<Point>.Zero);
    }
}
