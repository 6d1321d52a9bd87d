// checks: where struct values are copied: by-value parameters, returns, readonly fields (defensive copies), foreach variables, nested struct fields of locals, shallow copies of reference fields, closures capturing a struct variable
using System;
using System.Collections.Generic;

struct Pos
{
    public int X;
    public void Bump() { X++; }
}

struct Line
{
    public Pos A, B;
    public List<string> Tags;
}

class Box
{
    public readonly Pos Fixed;
    public Pos Free;
    public Pos Auto { get; set; }
    public Box() { Fixed.Bump(); Fixed.Bump(); }
    public int BumpFixed() { Fixed.Bump(); return Fixed.X; }
}

class Program
{
    static void ByValue(Pos p) { p.Bump(); }
    static void ByRef(ref Pos p) { p.Bump(); }
    static Pos Make() => new Pos { X = 10 };

    static void Main()
    {
        var p = new Pos();
        ByValue(p);
        ByRef(ref p);
        Console.WriteLine(p.X);

        Make().Bump();
        var m = Make();
        m.Bump();
        Console.WriteLine(m.X);

        var b = new Box();
        Console.WriteLine(b.Fixed.X + " " + b.BumpFixed() + " " + b.Fixed.X);
        b.Free.Bump();
        b.Free.X += 5;
        Console.WriteLine(b.Free.X);
        var auto = b.Auto;
        auto.X = 3;
        Console.WriteLine(b.Auto.X + " " + auto.X);
        b.Auto = auto;
        Console.WriteLine(b.Auto.X);

        var line = new Line { Tags = new List<string>() };
        line.A.Bump();
        line.B.X = 7;
        var line2 = line;
        line2.A.Bump();
        line2.Tags.Add("shared");
        Console.WriteLine(line.A.X + " " + line2.A.X + " " + line.B.X + " " + line.Tags.Count);

        var ps = new[] { new Pos(), new Pos() };
        foreach (var q in ps) { var c = q; c.Bump(); }
        ps[0].Bump();
        Console.WriteLine(ps[0].X + " " + ps[1].X);

        var captured = new Pos();
        Action bump = () => captured.Bump();
        bump(); bump();
        captured.Bump();
        Console.WriteLine(captured.X);

        var lines = new Line[1];
        lines[0].A.X = 4;
        lines[0].A.Bump();
        Console.WriteLine(lines[0].A.X);
    }
}
