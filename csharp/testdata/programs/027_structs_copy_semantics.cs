// checks: structs are copied on assignment, parameter passing and return; arrays of structs hold values; List indexer returns a copy
using System;
using System.Collections.Generic;

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public void Move(int dx) { X += dx; }
    public override string ToString() { return "(" + X + "," + Y + ")"; }
}

class Holder { public Point P; }

class Program
{
    static void Shift(Point p) { p.X = 999; }
    static Point Get(Point p) { p.Y = -1; return p; }

    static void Main()
    {
        var a = new Point(1, 2);
        var b = a;
        b.X = 10;
        Console.WriteLine(a + " " + b);
        Shift(a);
        Console.WriteLine(a);
        var c = Get(a);
        Console.WriteLine(a + " " + c);
        var arr = new Point[2];
        arr[0].X = 5;
        arr[1].Move(3);
        Console.WriteLine(arr[0] + " " + arr[1]);
        var list = new List<Point> { new Point(1, 1) };
        var copy = list[0];
        copy.X = 50;
        Console.WriteLine(list[0] + " " + copy);
        var h = new Holder();
        h.P.X = 7;
        h.P.Move(1);
        Console.WriteLine(h.P);
        Point d = default(Point);
        Console.WriteLine(d);
        object boxed = a;
        a.X = 100;
        Console.WriteLine(boxed + " " + a);
        Point e = (Point)boxed;
        e.X = -5;
        Console.WriteLine(boxed + " " + e);
    }
}
