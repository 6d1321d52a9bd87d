using System;
interface IA { string Who(); }
interface IB { string Who(); }
class Both : IA, IB {
    public string Who() { return "public"; }
    string IB.Who() { return "explicit IB"; }
}
class Only : IA { string IA.Who() { return "explicit IA"; } }
class Program {
    static void F(object o) { Console.WriteLine("object"); }
    static void F(string s) { Console.WriteLine("string " + (s == null ? "null" : s)); }
    static void G(long x) { Console.WriteLine("long"); }
    static void G(double x) { Console.WriteLine("double"); }
    static void P(string s = "t") { Console.WriteLine("opt " + s); }
    static void P(params string[] a) { Console.WriteLine("params " + a.Length); }
    static int Count(params object[] a) { return a == null ? -1 : a.Length; }
    static string Name<T>(T x) { return "generic " + typeof(T).Name; }
    static string Name(int x) { return "int"; }
    static void Main() {
        string s = null;
        F(s);
        object o = "x";
        F(o);
        F("lit");
        G(1);
        G(1.5);
        G(1L);
        P();
        P("a", "b");
        Console.WriteLine(Count((object)null) + " " + Count(null) + " " + Count((object)new object[] { 1, 2 }) + " " + Count(new string[] { "a", "b" }));
        Console.WriteLine(Name(1) + ", " + Name<int>(1) + ", " + Name("s"));
        var b = new Both();
        Console.WriteLine(b.Who() + ", " + ((IA)b).Who() + ", " + ((IB)b).Who());
        IA x = new Only();
        Console.WriteLine(x.Who());
        Console.WriteLine(new char[] { 'h', 'i' });
    }
}
// Output:
// string null
// object
// string lit
// long
// double
// long
// opt t
// params 2
// 1 -1 1 2
// int, generic Int32, generic String
// public, public, explicit IB
// explicit IA
// hi
