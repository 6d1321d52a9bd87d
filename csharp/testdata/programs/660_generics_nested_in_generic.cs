// checks: generic types nested in generic types (outer parameters bound by the constructed outer type)
using System;
using System.Collections.Generic;

class Outer<T>
{
    public class Inner<U>
    {
        public T First;
        public U Second;
        public Inner(T t, U u) { First = t; Second = u; }
        public string Describe() { return typeof(T).Name + "/" + typeof(U).Name + ": " + First + "," + Second; }
        public Inner<U> Self() { return this; }
        public Pair<U> MakePair() { return new Pair<U>(First, Second); }
    }
    public class Pair<V>
    {
        public T A; public V B;
        public Pair(T a, V b) { A = a; B = b; }
        public override string ToString() { return "(" + A + ", " + B + ") " + typeof(T).Name + "," + typeof(V).Name; }
    }
    public T Value;
    public Outer(T v) { Value = v; }
    public Inner<U> With<U>(U u) { return new Inner<U>(Value, u); }
    public Inner<string> Named(string s) { return new Inner<string>(Value, s); }
}

class Derived : Outer<double>
{
    public Derived() : base(2.5) { }
    public Inner<int> Make() { return new Inner<int>(Value, 7); }
}

class Program
{
    static void Main()
    {
        var inner = new Outer<int>.Inner<string>(1, "one");
        Console.WriteLine(inner.Describe());
        Console.WriteLine(inner.GetType().Name);
        Console.WriteLine(inner.Self().Second);
        Console.WriteLine(inner.MakePair());
        var o = new Outer<char>('x');
        Console.WriteLine(o.With(3.5).Describe());
        Console.WriteLine(o.Named("n").Describe());
        Console.WriteLine(new Derived().Make().Describe());
        Outer<long>.Inner<bool> b = new Outer<long>.Inner<bool>(5L, true);
        Console.WriteLine(b.Describe());
        Console.WriteLine(b.First + 1);
        var list = new List<Outer<string>.Inner<int>>();
        list.Add(new Outer<string>.Inner<int>("a", 1));
        list.Add(new Outer<string>.Inner<int>("b", 2));
        foreach (var e in list) Console.WriteLine(e.Describe());
        Console.WriteLine(default(Outer<int>.Inner<int>) == null);
    }
}
