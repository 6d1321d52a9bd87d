// checks: types nested in generic types: static classes keep statics per constructed outer type, nested enums, nested types used from a derived class, three levels of generic nesting
using System;
using System.Collections.Generic;
class Reg<T>
{
    public static class Counter { public static int N; public static string K() { return typeof(T).Name; } }
    public enum Mode { A, B }
    public class Item { public Mode M = Mode.B; public T V; }
    public void Hit() { Counter.N++; }
    public Mode Get() { return new Item().M; }
    public class L1<A> { public class L2<B> { public string S() { return typeof(T).Name + typeof(A).Name + typeof(B).Name; } } }
}
class Sub : Reg<string> { public string Name() { return Counter.K() + new Item().V + "|" + new L1<int>.L2<bool>().S(); } }
class Program
{
    static void Main()
    {
        var r = new Reg<int>(); r.Hit(); r.Hit(); new Reg<long>().Hit();
        Console.WriteLine(Reg<int>.Counter.N + " " + Reg<long>.Counter.N + " " + Reg<int>.Counter.K() + " " + r.Get() + " " + Reg<int>.Mode.A);
        Console.WriteLine(new Sub().Name());
        Console.WriteLine(new Reg<char>.L1<byte>.L2<short>().S());
        Console.WriteLine(new Reg<int>.Item().GetType().Name + " " + typeof(Reg<int>.Item));
    }
}
