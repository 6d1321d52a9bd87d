// checks: properties follow the static type like methods: new hides (base static type sees the base property), override replaces, new virtual starts a new slot; abstract properties; virtual calls from base methods reach overrides
using System;

abstract class Shape
{
    public abstract double Area { get; }
    public virtual string Kind => "shape";
    public string Label => "label of " + Kind;
    public string Name { get; set; } = "shape-name";
    public override string ToString() => Kind + " area " + Area;
}

class Square : Shape
{
    public double Side = 2;
    public override double Area => Side * Side;
    public override string Kind => "square";
    public new string Name { get; set; } = "square-name";
}

class Tile : Square
{
    public new virtual string Kind => "tile";
}

class Marble : Tile
{
    public override string Kind => "marble";
}

class Program
{
    static void Main()
    {
        var sq = new Square();
        Shape s = sq;
        Console.WriteLine(s.Area + " " + s.Kind + " " + s.Label + " | " + s.Name + " " + sq.Name);
        sq.Name = "changed";
        Console.WriteLine(s.Name + " " + sq.Name);
        var m = new Marble();
        Shape ms = m;
        Square mq = m;
        Tile mt = m;
        Console.WriteLine(ms.Kind + " " + mq.Kind + " " + mt.Kind + " " + m.Kind + " | " + ms.Label + " | " + ms);
        Shape[] all = { new Square { Side = 3 }, new Tile(), m };
        foreach (var x in all) Console.WriteLine(x.Kind + " " + x.Area);
    }
}
