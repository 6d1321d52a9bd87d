// checks: generic classes with one and two type parameters, static fields per closed type, default(T)
using System;

class Box<T>
{
    public static int Instances;
    public T Value;
    public Box(T v) { Value = v; Instances++; }
    public T OrDefault(bool b) { return b ? Value : default(T); }
    public override string ToString() { return "Box<" + typeof(T).Name + ">(" + Value + ")"; }
}

class Pair<TKey, TValue>
{
    public TKey Key; public TValue Val;
    public Pair<TValue, TKey> Swap() { return new Pair<TValue, TKey> { Key = Val, Val = Key }; }
    public override string ToString() { return Key + "=>" + Val; }
}

class Program
{
    static void Main()
    {
        var a = new Box<int>(5);
        var b = new Box<string>("s");
        var c = new Box<int>(6);
        Console.WriteLine(a + " " + b + " " + c);
        Console.WriteLine(Box<int>.Instances + " " + Box<string>.Instances + " " + Box<double>.Instances);
        Console.WriteLine(a.OrDefault(false) + " [" + b.OrDefault(false) + "]");
        var p = new Pair<string, int> { Key = "one", Val = 1 };
        Console.WriteLine(p + " " + p.Swap());
        Console.WriteLine(p.Swap().GetType().Name);
    }
}
