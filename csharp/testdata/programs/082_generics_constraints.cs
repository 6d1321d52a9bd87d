// checks: constraints where T : class, struct, new(), base class, interface; calling constrained members
using System;
using System.Collections.Generic;

interface IShape { double Area(); }
class Sq : IShape { public double Side = 2; public double Area() { return Side * Side; } }
class Animal { public virtual string Sound() { return "?"; } }
class Cow : Animal { public override string Sound() { return "moo"; } }

class Factory<T> where T : new()
{
    public T Make() { return new T(); }
}

class Program
{
    static double TotalArea<T>(IEnumerable<T> shapes) where T : IShape
    {
        double s = 0;
        foreach (var sh in shapes) s += sh.Area();
        return s;
    }
    static string Speak<T>(T a) where T : Animal { return a.Sound(); }
    static bool IsNull<T>(T x) where T : class { return x == null; }
    static T? Wrap<T>(T x) where T : struct { return x; }
    static T CreateOr<T>(T existing) where T : class, new() { return existing ?? new T(); }

    static void Main()
    {
        Console.WriteLine(TotalArea(new[] { new Sq(), new Sq { Side = 3 } }));
        Console.WriteLine(Speak(new Cow()));
        Console.WriteLine(IsNull<string>(null) + " " + IsNull("x"));
        Console.WriteLine(Wrap(5).HasValue + " " + Wrap(5).Value);
        Console.WriteLine(new Factory<Sq>().Make().Area());
        Console.WriteLine(new Factory<int>().Make());
        Console.WriteLine(CreateOr<Sq>(null).Side);
        var list = new Factory<List<string>>().Make();
        list.Add("made");
        Console.WriteLine(list[0]);
    }
}
