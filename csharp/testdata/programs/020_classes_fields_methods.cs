// checks: class instances, fields, instance methods, this, reference semantics of class variables
using System;

class Counter
{
    public int Count;
    public string Name = "unnamed";

    public void Increment() { Count++; }
    public Counter Add(int n) { this.Count += n; return this; }
}

class Program
{
    static void Bump(Counter c) { c.Increment(); }
    static void Replace(Counter c) { c = new Counter(); c.Count = 100; }

    static void Main()
    {
        var a = new Counter();
        a.Increment();
        a.Add(2).Add(3);
        Console.WriteLine(a.Name + " " + a.Count);
        var b = a;
        b.Increment();
        Console.WriteLine(a.Count);
        Bump(a);
        Console.WriteLine(a.Count);
        Replace(a);
        Console.WriteLine(a.Count);
        Console.WriteLine(ReferenceEquals(a, b));
        Counter n = null;
        try { n.Increment(); }
        catch (NullReferenceException) { Console.WriteLine("NullReferenceException"); }
    }
}
