// checks: method hiding with new vs overriding: calls through base and derived references, base.Method() chains across three levels, sealed override, abstract properties, virtual calls from base constructors seeing the derived override, new on a field and a property, static and instance members with the same names in a hierarchy, ToString overrides via base
using System;

class A
{
    public string Field = "A.field";
    public virtual string Who() => "A";
    public string Plain() => "A.Plain";
    public virtual string Chain() => "A";
    public A() { Console.WriteLine("A ctor sees " + Who()); }
    public override string ToString() => "A:" + Who();
}

class B : A
{
    public new string Field = "B.field";
    public override string Who() => "B";
    public new string Plain() => "B.Plain";
    public override string Chain() => base.Chain() + ">B";
}

class C : B
{
    private string name = "c-name";
    public sealed override string Who() => "C(" + name + ")";
    public override string Chain() => base.Chain() + ">C";
    public override string ToString() => base.ToString() + "+C";
}

class D : C
{
    public new virtual string Who() => "D-new";
}

abstract class Shape
{
    public abstract string Kind { get; }
    public virtual int Sides => 0;
    public string Describe() => Kind + " with " + Sides + " sides";
}
class Tri : Shape { public override string Kind => "triangle"; public override int Sides => 3; }
class Circle : Shape { public override string Kind => "circle"; }

class Program
{
    static void Main()
    {
        A ab = new B();
        B bb = (B)ab;
        Console.WriteLine(ab.Who() + " " + bb.Who() + " " + ab.Plain() + " " + bb.Plain() + " " + ab.Field + " " + bb.Field);
        A ac = new C();
        Console.WriteLine(ac.Who() + " " + ac.Chain() + " " + ac);
        D d = new D();
        A ad = d;
        C cd = d;
        Console.WriteLine(d.Who() + " " + ad.Who() + " " + cd.Who() + " " + d.Chain());
        Shape[] shapes = { new Tri(), new Circle() };
        foreach (var s in shapes) Console.WriteLine(s.Describe());
        Console.WriteLine(ac is B ? "C is a B" : "no");
        Console.WriteLine((ad as C)?.Chain() ?? "null");
        Console.WriteLine((ab as C)?.Chain() ?? "not a C");
        object o = new B();
        Console.WriteLine(o.ToString() + " " + o.GetType().BaseType.Name);
    }
}
