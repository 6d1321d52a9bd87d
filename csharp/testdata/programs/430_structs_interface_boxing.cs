// checks: a struct mutated through an interface reference mutates the boxed copy only; generic constrained calls mutate the original
using System;

interface ICounter { void Inc(); int Value { get; } }

struct Counter : ICounter
{
    int v;
    public void Inc() { v++; }
    public int Value => v;
}

class Program
{
    static void IncGeneric<T>(ref T c) where T : ICounter { c.Inc(); }
    static void IncInterface(ICounter c) { c.Inc(); }

    static void Main()
    {
        var c = new Counter();
        c.Inc();
        ICounter boxed = c;
        boxed.Inc();
        boxed.Inc();
        Console.WriteLine(c.Value + " " + boxed.Value);
        IncInterface(c);
        Console.WriteLine(c.Value);
        IncGeneric(ref c);
        Console.WriteLine(c.Value);
        var copy = (Counter)boxed;
        copy.Inc();
        Console.WriteLine(copy.Value + " " + boxed.Value);
        object o = c;
        ((ICounter)o).Inc();
        Console.WriteLine(((Counter)o).Value + " " + c.Value);
    }
}
