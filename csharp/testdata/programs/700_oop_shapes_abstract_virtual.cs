// checks: abstract base class with abstract and virtual members, interface implemented by the base, overrides calling base, polymorphic dispatch through base and interface references, ToString overrides used by string interpolation and Console.WriteLine
using System;
using System.Collections.Generic;

interface IDescribable
{
    string Describe();
}

abstract class Shape : IDescribable
{
    private static int created;
    public string Name { get; }
    protected Shape(string name) { Name = name; created++; }
    public static int Created => created;
    public abstract double Area();
    public virtual double Perimeter() => 0;
    public virtual string Describe() => Name + " area=" + Area().ToString("F2") + " perimeter=" + Perimeter().ToString("F2");
    public override string ToString() => "Shape(" + Name + ")";
}

class Rectangle : Shape
{
    public double W, H;
    public Rectangle(double w, double h) : this("rect", w, h) { }
    protected Rectangle(string name, double w, double h) : base(name) { W = w; H = h; }
    public override double Area() => W * H;
    public override double Perimeter() => 2 * (W + H);
}

sealed class Square : Rectangle
{
    public Square(double s) : base("square", s, s) { }
    public override string Describe() => "[" + base.Describe() + "]";
    public override string ToString() => $"Square {W}x{H}";
}

class Circle : Shape
{
    public double R;
    public Circle(double r) : base("circle") { R = r; }
    public override double Area() => Math.PI * R * R;
    public override double Perimeter() => 2 * Math.PI * R;
}

class Dot : Shape
{
    public Dot() : base("dot") { }
    public override double Area() => 0;
}

class Program
{
    static void Main()
    {
        var shapes = new List<Shape> { new Rectangle(3, 4), new Square(2.5), new Circle(1), new Dot() };
        foreach (var s in shapes)
            Console.WriteLine(s.Describe());
        foreach (IDescribable d in shapes)
            Console.WriteLine(d.Describe().Length);
        foreach (var s in shapes)
            Console.WriteLine(s);
        Console.WriteLine($"{shapes[1]} | {shapes[0]}");
        double total = 0;
        foreach (var s in shapes) total += s.Area();
        Console.WriteLine("total " + total.ToString("F3"));
        Console.WriteLine("created " + Shape.Created);
        Rectangle r = new Square(1);
        Console.WriteLine(r.Describe());
        Console.WriteLine(r is Square);
        Console.WriteLine(r.GetType().Name + " " + r.GetType().BaseType.Name);
        Console.WriteLine("created " + Shape.Created);
    }
}
