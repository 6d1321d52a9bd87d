// checks: types nested in generic types: non-generic nested classes and structs see the outer type parameters, static members per constructed outer type, nested generic types in generic methods
using System;
using System.Collections.Generic;

class Chain<T>
{
    class Node
    {
        public T Value;
        public Node Next;
        public string Kind() { return typeof(T).Name; }
    }
    public struct Cursor
    {
        public T Current;
        public int Index;
        public override string ToString() { return Index + ":" + Current + ":" + typeof(T).Name; }
    }
    Node head;
    int count;
    public static int Made;
    public Chain() { Made++; }
    public void Push(T v) { head = new Node { Value = v, Next = head }; count++; }
    public T Peek() { return head == null ? default(T) : head.Value; }
    public string HeadKind() { return new Node().Kind() + " " + (new Node().Value == null ? "null" : new Node().Value.ToString()); }
    public Cursor First() { return new Cursor { Current = Peek(), Index = 0 }; }
    public IEnumerable<T> Items() { for (var n = head; n != null; n = n.Next) yield return n.Value; }
    public class Builder<U>
    {
        public List<KeyValuePair<T, U>> Pairs = new List<KeyValuePair<T, U>>();
        public Builder<U> Add(T t, U u) { Pairs.Add(new KeyValuePair<T, U>(t, u)); return this; }
        public override string ToString() { var parts = new List<string>(); foreach (var p in Pairs) parts.Add(p.Key + "=" + p.Value); return typeof(T).Name + "/" + typeof(U).Name + " " + string.Join(",", parts); }
    }
}

class Program
{
    static Chain<T>.Builder<string> Named<T>(T a, T b) { return new Chain<T>.Builder<string>().Add(a, "a").Add(b, "b"); }

    static void Main()
    {
        var ci = new Chain<int>();
        Console.WriteLine(ci.Peek() + " " + ci.HeadKind());
        ci.Push(1); ci.Push(2);
        Console.WriteLine(ci.Peek() + " " + string.Join(",", ci.Items()) + " " + ci.First());
        var cs = new Chain<string>();
        Console.WriteLine((cs.Peek() == null) + " " + cs.HeadKind() + " " + cs.First());
        new Chain<int>();
        Console.WriteLine(Chain<int>.Made + " " + Chain<string>.Made + " " + Chain<double>.Made);
        Chain<double>.Cursor cur = default(Chain<double>.Cursor);
        Console.WriteLine(cur);
        Console.WriteLine(new Chain<char>.Builder<int>().Add('x', 1).Add('y', 2));
        Console.WriteLine(Named(1.5, 2.5));
        Console.WriteLine(Named("p", "q").Pairs.Count);
    }
}
