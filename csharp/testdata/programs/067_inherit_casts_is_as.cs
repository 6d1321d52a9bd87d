// checks: upcasts, downcasts, as returning null, is with type patterns over class hierarchies and boxed values
using System;

class Base { }
class Mid : Base { }
class Leaf : Mid { }

class Program
{
    static string Classify(object o)
    {
        if (o is Leaf) return "Leaf";
        if (o is Mid m) return "Mid " + (m.GetType().Name);
        if (o is Base) return "Base";
        if (o is int i) return "int " + (i + 1);
        if (o is string s && s.Length > 2) return "long string";
        return "other";
    }

    static void Main()
    {
        object[] things = { new Leaf(), new Mid(), new Base(), 41, "abc", "a", null, 2.0 };
        foreach (var t in things) Console.WriteLine(Classify(t));
        Base b = new Leaf();
        Console.WriteLine((b as Mid) != null);
        Console.WriteLine((new Base() as Mid) == null);
        try { var m = (Mid)new Base(); Console.WriteLine(m); }
        catch (InvalidCastException) { Console.WriteLine("InvalidCastException"); }
        object n = null;
        Console.WriteLine(n is object);
        Console.WriteLine(n as string == null);
    }
}
