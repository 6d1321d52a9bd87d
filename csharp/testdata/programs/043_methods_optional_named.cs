// checks: optional parameters with defaults, named arguments in any order, named evaluation order is textual
using System;

class Program
{
    static string Greet(string name, string greeting = "Hello", int times = 1, bool shout = false)
    {
        string s = "";
        for (int i = 0; i < times; i++) s += greeting + " " + name + (i < times - 1 ? "; " : "");
        return shout ? s.ToUpper() : s;
    }

    static int V(string label, int v) { Console.WriteLine("eval " + label); return v; }
    static void Pair(int a, int b) { Console.WriteLine("a=" + a + " b=" + b); }

    static void Opt(int x = 1, string s = null, double d = 2.5) { Console.WriteLine(x + "|" + (s ?? "null") + "|" + d); }

    static void Main()
    {
        Console.WriteLine(Greet("Ann"));
        Console.WriteLine(Greet("Bob", "Hi"));
        Console.WriteLine(Greet("Cy", times: 2));
        Console.WriteLine(Greet(shout: true, name: "Di"));
        Console.WriteLine(Greet("Ed", "Yo", shout: true, times: 2));
        Pair(b: V("b", 2), a: V("a", 1));
        Opt();
        Opt(s: "given");
        Opt(5, d: 0.5);
    }
}
