// checks: explicit interface implementations: two interfaces with the same member name, access only through the interface, an explicit and an implicit implementation side by side, interface inheritance, is/as with interfaces
using System;

interface IEnglish { string Hello(); int Count { get; } }
interface IFrench { string Hello(); }
interface IGreeter : IEnglish { string Bye(); }

class Both : IGreeter, IFrench
{
    int calls;
    public string Hello() { calls++; return "hello (implicit)"; }
    string IFrench.Hello() { calls++; return "bonjour"; }
    int IEnglish.Count => calls;
    public string Bye() => "bye after " + calls;
}

class OnlyExplicit : IEnglish
{
    string IEnglish.Hello() => "hi";
    int IEnglish.Count => 42;
}

class Program
{
    static void Show(IEnglish e) => Console.WriteLine("english: " + e.Hello() + " count=" + e.Count);
    static void Main()
    {
        var b = new Both();
        Console.WriteLine(b.Hello());
        Console.WriteLine(((IFrench)b).Hello());
        IEnglish e = b;
        Console.WriteLine(e.Hello());
        Console.WriteLine(e.Count);
        Show(b);
        Show(new OnlyExplicit());
        object o = new OnlyExplicit();
        Console.WriteLine(o is IGreeter);
        Console.WriteLine(o is IEnglish);
        var g = o as IGreeter;
        Console.WriteLine(g == null ? "not a greeter" : g.Bye());
        IGreeter g2 = b;
        Console.WriteLine(g2.Bye());
        IFrench f = b as IFrench;
        Console.WriteLine(f != null ? f.Hello() : "none");
        Console.WriteLine(((IEnglish)b).Count);
    }
}
