// checks: construction order: derived field initializers, then base initializers, base constructor body, derived constructor body; a virtual call from the base constructor sees initialized derived fields but not the derived constructor's assignments; this(...) chains; nested object and collection initializers on get-only members; per-closed-type statics of generic classes
using System;
using System.Collections.Generic;

static class Trace
{
    public static int Say(string s) { Console.WriteLine(s); return 0; }
}

class Base
{
    int b1 = Trace.Say("Base field initializer");
    public Base()
    {
        Trace.Say("Base ctor body");
        Describe();
    }
    public virtual void Describe() { Trace.Say("Base.Describe"); }
}

class Derived : Base
{
    int d1 = Trace.Say("Derived field initializer");
    string name = "from initializer";
    string late;
    public Derived() : this("chained")
    {
        Trace.Say("Derived() body, late=" + late);
    }
    public Derived(string how)
    {
        late = how;
        Trace.Say("Derived(string) body");
    }
    public override void Describe() { Trace.Say("Derived.Describe name=" + name + " late=" + (late ?? "null")); }
}

class Options
{
    public List<string> Items { get; } = new List<string>();
    public Inner Nested { get; } = new Inner();
    public Dictionary<string, int> Map { get; } = new Dictionary<string, int>();
}

class Inner
{
    public int X { get; set; }
    public string Y { get; set; }
}

class Registry<T>
{
    public static int Count;
    public static string Name = typeof(T).Name;
    public static void Add() => Count++;
}

class Program
{
    static void Main()
    {
        new Derived();
        var o = new Options
        {
            Items = { "a", "b" },
            Nested = { X = 3, Y = "y" },
            Map = { ["k"] = 1, ["j"] = 2 },
        };
        Console.WriteLine(string.Join(",", o.Items) + " " + o.Nested.X + o.Nested.Y + " " + o.Map["k"] + o.Map["j"]);
        Registry<int>.Add();
        Registry<int>.Add();
        Registry<string>.Add();
        Console.WriteLine(Registry<int>.Count + " " + Registry<string>.Count + " " + Registry<int>.Name + " " + Registry<string>.Name);
    }
}
