// checks: struct copy semantics: assignment copies, List<T> indexer returns a copy (mutate via reassign), array elements mutate in place, struct passed by value vs ref, default struct, struct Equals/ToString defaults, readonly field of struct type
using System;
using System.Collections.Generic;

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public void Move(int dx, int dy) { X += dx; Y += dy; }
    public override string ToString() => "(" + X + "," + Y + ")";
}

struct Plain { public int A; public string B; }

class Holder
{
    public Point P = new Point(1, 1);
    public readonly Point R = new Point(5, 5);
    public Point Prop { get; set; } = new Point(7, 7);
}

class Program
{
    static void ByValue(Point p) { p.Move(100, 100); Console.WriteLine("inside " + p); }
    static void ByRef(ref Point p) { p.Move(100, 100); }

    static void Main()
    {
        var a = new Point(1, 2);
        var b = a;
        b.Move(10, 10);
        Console.WriteLine(a + " " + b);

        var list = new List<Point> { new Point(0, 0), new Point(1, 1) };
        var tmp = list[0];
        tmp.Move(5, 5);
        Console.WriteLine(list[0] + " " + tmp);
        list[0] = tmp;
        Console.WriteLine(list[0]);

        var arr = new Point[2];
        arr[1].Move(3, 4);
        arr[1].X++;
        Console.WriteLine(arr[0] + " " + arr[1]);

        ByValue(a);
        Console.WriteLine("after by value " + a);
        ByRef(ref a);
        Console.WriteLine("after by ref " + a);

        var h = new Holder();
        h.P.Move(1, 1);
        h.R.Move(1, 1);
        var pp = h.Prop; pp.Move(1, 1);
        Console.WriteLine(h.P + " " + h.R + " " + h.Prop);

        Plain d = default(Plain);
        Console.WriteLine(d.A + " " + (d.B == null));
        var p1 = new Plain { A = 1, B = "x" };
        var p2 = new Plain { A = 1, B = "x" };
        Console.WriteLine(p1.Equals(p2) + " " + p1.Equals(d));
        Console.WriteLine(p1.ToString());
        Console.WriteLine(new Point(2, 3).Equals(new Point(2, 3)));

        var dict = new Dictionary<string, Point> { ["k"] = new Point(9, 9) };
        var v = dict["k"]; v.X = 0;
        Console.WriteLine(dict["k"] + " " + v);

        Point[] copy = (Point[])arr.Clone();
        copy[1].Y = 99;
        Console.WriteLine(arr[1] + " " + copy[1]);
    }
}
