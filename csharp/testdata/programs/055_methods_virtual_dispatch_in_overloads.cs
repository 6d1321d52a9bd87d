// checks: overload chosen by static type at compile time, override chosen by runtime type
using System;

class Shape { public virtual string Name() { return "shape"; } }
class Circle : Shape { public override string Name() { return "circle"; } }

class Printer
{
    public void Print(Shape s) { Console.WriteLine("Print(Shape) -> " + s.Name()); }
    public void Print(Circle c) { Console.WriteLine("Print(Circle) -> " + c.Name()); }
}

class Program
{
    static void Main()
    {
        var p = new Printer();
        Shape s = new Circle();
        p.Print(s);
        p.Print(new Circle());
        p.Print((Shape)new Circle());
        p.Print(new Shape());
        object o = new Circle();
        p.Print((Circle)o);
    }
}
