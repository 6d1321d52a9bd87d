// checks: abstract classes and members, template method pattern, abstract properties, constructors of abstract classes
using System;
using System.Collections.Generic;

abstract class Shape
{
    protected Shape(string name) { Name = name; }
    public string Name { get; }
    public abstract double Area { get; }
    public abstract string Kind();
    public string Describe() { return Kind() + " " + Name + " area " + Area.ToString("F2"); }
}

class Rect : Shape
{
    readonly double w, h;
    public Rect(string n, double w, double h) : base(n) { this.w = w; this.h = h; }
    public override double Area => w * h;
    public override string Kind() { return "rect"; }
}

class Circle : Shape
{
    readonly double r;
    public Circle(string n, double r) : base(n) { this.r = r; }
    public override double Area { get { return Math.PI * r * r; } }
    public override string Kind() { return "circle"; }
}

class Program
{
    static void Main()
    {
        var shapes = new List<Shape> { new Rect("r1", 2, 3.5), new Circle("c1", 1), new Circle("c2", 2.5) };
        foreach (var s in shapes) Console.WriteLine(s.Describe());
        double total = 0;
        foreach (var s in shapes) total += s.Area;
        Console.WriteLine(total.ToString("F3"));
    }
}
