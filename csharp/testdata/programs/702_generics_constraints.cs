// checks: generic methods and classes with constraints (IComparable<T>, new(), class, struct, base class), default(T), generic static counters per closed type, type inference from arguments
using System;
using System.Collections.Generic;

abstract class Entity
{
    public int Id { get; set; }
    public virtual string Label => GetType().Name + "#" + Id;
}
class Customer : Entity { public string Name = "?"; public override string Label => "Customer " + Name; }
class Order : Entity { }

class Repository<T> where T : Entity, new()
{
    private readonly List<T> items = new List<T>();
    private static int nextId = 1;
    public T Create()
    {
        var t = new T();
        t.Id = nextId++;
        items.Add(t);
        return t;
    }
    public T Find(int id)
    {
        foreach (var t in items) if (t.Id == id) return t;
        return default(T);
    }
    public int Count => items.Count;
}

static class Util
{
    public static T Max<T>(T a, T b) where T : IComparable<T> => a.CompareTo(b) >= 0 ? a : b;
    public static T MaxOf<T>(IEnumerable<T> xs) where T : IComparable<T>
    {
        bool first = true; T best = default(T);
        foreach (var x in xs) { if (first || x.CompareTo(best) > 0) best = x; first = false; }
        return best;
    }
    public static T? Parse<T>(string s, Func<string, T> f) where T : struct
    {
        try { return f(s); } catch (FormatException) { return null; }
    }
    public static string Kind<T>(T value) where T : class => value == null ? "null " + typeof(T).Name : value.GetType().Name;
    public static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
}

class Pair<TFirst, TSecond>
{
    public TFirst First; public TSecond Second;
    public Pair(TFirst f, TSecond s) { First = f; Second = s; }
    public Pair<TSecond, TFirst> Flip() => new Pair<TSecond, TFirst>(Second, First);
    public override string ToString() => "(" + First + ", " + Second + ")";
}

class Program
{
    static void Main()
    {
        Console.WriteLine(Util.Max(3, 7));
        Console.WriteLine(Util.Max("pear", "apple"));
        Console.WriteLine(Util.Max(2.5, -1.0));
        Console.WriteLine(Util.MaxOf(new[] { 4, 9, 1, 9, 3 }));
        Console.WriteLine(Util.MaxOf(new List<string> { "b", "c", "a" }));
        Console.WriteLine(Util.MaxOf(new int[0]));
        var n = Util.Parse("12", int.Parse);
        var bad = Util.Parse("x", int.Parse);
        Console.WriteLine(n.HasValue + " " + n + " " + bad.HasValue);
        Console.WriteLine(Util.Kind("s") + " " + Util.Kind<string>(null));
        int a = 1, b = 2; Util.Swap(ref a, ref b); Console.WriteLine(a + " " + b);
        string s1 = "x", s2 = "y"; Util.Swap(ref s1, ref s2); Console.WriteLine(s1 + s2);

        var customers = new Repository<Customer>();
        var orders = new Repository<Order>();
        var c1 = customers.Create(); c1.Name = "Ann";
        var c2 = customers.Create(); c2.Name = "Bob";
        var o1 = orders.Create();
        Console.WriteLine(c1.Label + ", " + c2.Label + ", " + o1.Label);
        Console.WriteLine(customers.Find(2).Name);
        Console.WriteLine(customers.Find(5) == null);
        Console.WriteLine(customers.Count + " " + orders.Count);

        var p = new Pair<string, int>("one", 1);
        Console.WriteLine(p + " " + p.Flip() + " " + p.Flip().First.GetType().Name);
    }
}
