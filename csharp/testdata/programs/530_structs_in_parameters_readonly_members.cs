// checks: a method called on an in parameter or a readonly field runs on a defensive copy; readonly struct members; ref readonly returns read through the reference
// expect: hand-checked (Mono's mcs does not make the defensive copy for in parameters; Roslyn and the C# spec (12.8.10.2 "readonly variable") do)
using System;

struct Counter
{
    public int N;
    public void Inc() { N++; }
    public readonly int Peek() => N;
}

readonly struct Money
{
    public readonly decimal Amount;
    public Money(decimal amount) { Amount = amount; }
    public Money Add(decimal d) => new Money(Amount + d);
}

class Program
{
    static int IncIn(in Counter c)
    {
        c.Inc();
        c.Inc();
        return c.N;
    }

    static int IncRef(ref Counter c)
    {
        c.Inc();
        return c.N;
    }

    static readonly Counter shared = new Counter { N = 5 };
    static Counter[] store = { new Counter { N = 1 } };
    static ref readonly Counter First() => ref store[0];

    static void Main()
    {
        var c = new Counter { N = 1 };
        Console.WriteLine(IncIn(in c) + " " + IncIn(c) + " " + c.N);
        Console.WriteLine(IncRef(ref c) + " " + c.N);
        shared.Inc();
        Console.WriteLine(shared.N + " " + shared.Peek());
        var m = new Money(10m).Add(2.5m);
        Console.WriteLine(m.Amount);
        store[0].Inc();
        Console.WriteLine(First().N + " " + First().Peek());
    }
}
