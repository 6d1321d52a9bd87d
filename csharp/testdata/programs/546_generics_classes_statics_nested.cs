// checks: generic classes: static fields per constructed type, static constructors per instantiation, a nested class using the outer type parameter (default(T), typeof(T)), generic methods forwarding type arguments, generic interfaces implemented twice, constraints calling interface members, generic struct defaults
using System;
using System.Collections.Generic;

class Counter<T>
{
    public static int Created;
    public static string Tag;
    static Counter() { Tag = "init " + typeof(T).Name; }
    public Counter() { Created++; }
}

class Stack2<T>
{
    class Node { public T Value; public Node Next; }
    Node head;
    int count;
    public void Push(T v) { head = new Node { Value = v, Next = head }; count++; }
    public T Pop() { if (head == null) return default(T); var v = head.Value; head = head.Next; count--; return v; }
    public T PeekOrDefault() { return head == null ? default(T) : head.Value; }
    public string Describe() { return "Stack2<" + typeof(T).Name + "> " + count; }
}

interface IConverter<TIn, TOut> { TOut Convert(TIn x); }
class Multi : IConverter<int, string>, IConverter<string, int>
{
    public string Convert(int x) { return "#" + x; }
    public int Convert(string s) { return s.Length; }
}

interface IPriced { decimal Price { get; } }
class Item : IPriced { public decimal Price { get; set; } }

struct Pair<A, B>
{
    public A First;
    public B Second;
    public override string ToString() { return "<" + First + "|" + Second + ">"; }
}

static class G
{
    public static T Id<T>(T x) { return x; }
    public static string Name<T>() { return typeof(T).Name; }
    public static string Forward<T>(T x) { return Name<T>() + ":" + Id(x); }
    public static List<T> Repeat<T>(T x, int n) { var l = new List<T>(); for (int i = 0; i < n; i++) l.Add(x); return l; }
    public static decimal Total<T>(IEnumerable<T> xs) where T : IPriced { decimal s = 0; foreach (var x in xs) s += x.Price; return s; }
    public static TOut Apply<TIn, TOut>(IConverter<TIn, TOut> c, TIn x) { return c.Convert(x); }
}

class Program
{
    static void Main()
    {
        new Counter<int>(); new Counter<int>(); new Counter<string>();
        Console.WriteLine(Counter<int>.Created + " " + Counter<string>.Created + " " + Counter<double>.Created);
        Console.WriteLine(Counter<int>.Tag + " | " + Counter<string>.Tag);
        var s = new Stack2<int>();
        Console.WriteLine(s.Pop() + " " + s.PeekOrDefault() + " " + s.Describe());
        s.Push(1); s.Push(2);
        Console.WriteLine(s.Pop() + " " + s.PeekOrDefault() + " " + s.Describe());
        var ss = new Stack2<string>();
        Console.WriteLine((ss.Pop() == null) + " " + ss.Describe());
        var m = new Multi();
        Console.WriteLine(m.Convert(5) + " " + m.Convert("abc") + " " + G.Apply<int, string>(m, 7) + " " + G.Apply<string, int>(m, "xy"));
        Console.WriteLine(G.Forward(3) + " " + G.Forward("s") + " " + G.Forward(2.5));
        var rep = G.Repeat("ab", 3);
        Console.WriteLine(rep.Count + " " + string.Join("", rep) + " " + G.Name<List<int>>());
        Console.WriteLine(G.Total(new List<Item> { new Item { Price = 1.5m }, new Item { Price = 2.25m } }));
        var p = new Pair<int, string>();
        Console.WriteLine(p + " " + (p.Second == null) + " " + new Pair<double, bool> { First = 1.5 });
        Pair<int, int>[] arr = new Pair<int, int>[2];
        arr[1].First = 9;
        Console.WriteLine(arr[0] + " " + arr[1]);
    }
}
