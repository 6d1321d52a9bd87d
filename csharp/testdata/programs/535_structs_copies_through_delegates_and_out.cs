// checks: struct values handed to lambdas, delegates, LINQ selectors and out parameters are copies; getters and returns of struct fields give copies; a dictionary's stored struct changes only by assignment
using System;
using System.Linq;
using System.Collections.Generic;

struct S
{
    public int X;
    public void Bump() { X++; }
    public S Bumped() { X++; return this; }
}

class Holder
{
    S inner;
    public S Inner => inner;
    public S GetInner() { return inner; }
    public S Auto { get; set; }
}

class Program
{
    static void Touch(S s) { s.Bump(); }

    static void Main()
    {
        var list = new List<S> { new S(), new S() };
        list.ForEach(s => s.Bump());
        Console.WriteLine(list[0].X);
        var arr = new S[2];
        Array.ForEach(arr, s => s.Bump());
        Console.WriteLine(arr[0].X);
        var sel = arr.Select(s => s.Bumped()).ToList();
        Console.WriteLine(arr[0].X + " " + sel[0].X);
        Action<S> a = Touch;
        a(arr[1]);
        Func<S, int> f = s => { s.Bump(); return s.X; };
        Console.WriteLine(f(arr[1]) + " " + arr[1].X);

        var d = new Dictionary<int, S> { [1] = new S() };
        if (d.TryGetValue(1, out var v)) v.Bump();
        foreach (var kv in d) kv.Value.Bump();
        S w;
        d.TryGetValue(1, out w);
        w.Bump();
        w.Bump();
        Console.WriteLine(d[1].X + " " + v.X + " " + w.X);
        var entry = d[1];
        entry.X = 40;
        d[1] = entry;
        Console.WriteLine(d[1].X);

        var h = new Holder();
        var i1 = h.Inner; i1.Bump();
        var i2 = h.GetInner(); i2.Bump(); i2.Bump();
        var i3 = h.Auto; i3.Bump();
        Console.WriteLine(h.Inner.X + " " + h.GetInner().X + " " + h.Auto.X + " " + i1.X + i2.X + i3.X);
    }
}
