// checks: overload resolution across a class hierarchy (a derived class's applicable method hides better base overloads), overrides not counted as new candidates, instance methods before extension methods, extension overloads by receiver type, interface vs class parameters, user-defined implicit conversions vs reference conversions, boxing vs generic
using System;
using System.Collections.Generic;

interface IRoutable { string Id { get; } }
class Ext : IRoutable { public string Id { get { return "ext"; } } }
class Trunk : IRoutable { public string Id { get { return "trunk"; } } }

class Base
{
    public string M(int x) { return "Base.M(int)"; }
    public virtual string V(int x) { return "Base.V(int)"; }
    public string K(string s) { return "Base.K(string)"; }
}

class Derived : Base
{
    public string M(double x) { return "Derived.M(double)"; }
    public override string V(int x) { return "Derived.V(int)"; }
    public string V(object o) { return "Derived.V(object)"; }
    public string K(object o) { return "Derived.K(object)"; }
}

class Phone
{
    public string Dial(string n) { return "instance Dial " + n; }
}

static class PhoneExt
{
    public static string Dial(this Phone p, string n) { return "ext Dial " + n; }
    public static string Dial(this Phone p, int n) { return "ext Dial(int) " + n; }
    public static string Route(this IRoutable r) { return "IRoutable " + r.Id; }
    public static string Route(this Ext e) { return "Ext " + e.Id; }
    public static string Count<T>(this IEnumerable<T> xs) { int n = 0; foreach (var x in xs) n++; return "ext count " + n; }
}

class Meters
{
    public double V;
    public Meters(double v) { V = v; }
    public static implicit operator Meters(double d) { return new Meters(d); }
    public static implicit operator double(Meters m) { return m.V; }
}

class Program
{
    static string Take(IRoutable r) { return "Take(IRoutable)"; }
    static string Take(Ext e) { return "Take(Ext)"; }
    static string Take(object o) { return "Take(object)"; }
    static string Len(Meters m) { return "Len(Meters " + m.V + ")"; }
    static string Len(object o) { return "Len(object)"; }
    static string Sq(double d) { return "Sq(double " + d + ")"; }
    static string Box(object o) { return "Box(object)"; }
    static string Box<T>(T t) { return "Box<" + typeof(T).Name + ">"; }
    static string Arr(object[] xs) { return "Arr(object[])"; }
    static string Arr(IEnumerable<string> xs) { return "Arr(IEnumerable<string>)"; }

    static void Main()
    {
        var d = new Derived();
        Console.WriteLine(d.M(1) + " | " + ((Base)d).M(1));
        Console.WriteLine(d.V(1) + " | " + ((Base)d).V(1));
        Console.WriteLine(d.K("s") + " | " + ((Base)d).K("s"));
        var p = new Phone();
        Console.WriteLine(p.Dial("101") + " | " + p.Dial(102));
        Console.WriteLine(new Ext().Route() + " | " + new Trunk().Route() + " | " + ((IRoutable)new Ext()).Route());
        Console.WriteLine(new[] { 1, 2, 3 }.Count() + " | " + new List<string> { "a" }.Count);
        Console.WriteLine(Take(new Ext()) + " " + Take(new Trunk()) + " " + Take("s") + " " + Take((IRoutable)new Ext()));
        Console.WriteLine(Len(2.5) + " " + Len(new Meters(1)) + " " + Len("x"));
        Console.WriteLine(Sq(new Meters(3)));
        Console.WriteLine(Box(1) + " " + Box((object)1) + " " + Box("s"));
        Console.WriteLine(Arr(new object[] { 1 }) + " " + Arr(new List<string>()));
    }
}
