// checks: new hides a base member: the static type decides; virtual vs new in a chain
using System;

class A
{
    public string Name = "A.field";
    public virtual string V() { return "A.V"; }
    public string N() { return "A.N"; }
}
class B : A
{
    public new string Name = "B.field";
    public override string V() { return "B.V"; }
    public new string N() { return "B.N"; }
}
class C : B
{
    public new virtual string V() { return "C.V"; }
}
class D : C
{
    public override string V() { return "D.V"; }
}

class Program
{
    static void Main()
    {
        B b = new B();
        A ab = b;
        Console.WriteLine(b.Name + " " + ab.Name);
        Console.WriteLine(b.N() + " " + ab.N());
        Console.WriteLine(b.V() + " " + ab.V());
        D d = new D();
        A ad = d;
        B bd = d;
        C cd = d;
        Console.WriteLine(ad.V() + " " + bd.V() + " " + cd.V() + " " + d.V());
    }
}
