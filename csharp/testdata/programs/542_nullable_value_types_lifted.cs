// checks: nullable value types: lifted arithmetic, comparison and equality operators, ?? chains, ?. on struct members and nullable results, HasValue/Value/GetValueOrDefault, boxing a nullable, bool? three-valued logic, nullable enums and structs
using System;
using System.Collections.Generic;

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public int Sum() { return X + Y; }
    public override string ToString() { return "(" + X + "," + Y + ")"; }
}

enum Line { Busy, Free }

class Call { public string Caller; public int? Queue; public Point? Pos; }

class Program
{
    static int? Parse(string s) { int v; return int.TryParse(s, out v) ? v : (int?)null; }
    static string Show(object o) { return o == null ? "null" : o.ToString(); }

    static void Main()
    {
        int? a = 5, b = null;
        Console.WriteLine(Show(a + 1) + " " + Show(a + b) + " " + Show(a * 2) + " " + Show(-a) + " " + Show(b * 3));
        Console.WriteLine((a > 3) + " " + (b > 3) + " " + (b < 3) + " " + (a == 5) + " " + (b == null) + " " + (a != b));
        Console.WriteLine((b ?? 7) + " " + (a ?? 7) + " " + (Parse("x") ?? Parse("12") ?? -1));
        Console.WriteLine(a.HasValue + " " + b.HasValue + " " + a.Value + " " + b.GetValueOrDefault() + " " + b.GetValueOrDefault(9));
        try { Console.WriteLine(b.Value); }
        catch (InvalidOperationException e) { Console.WriteLine(e.GetType().Name); }
        object boxed = a;
        object boxedNull = b;
        Console.WriteLine(boxed.GetType().Name + " " + (boxedNull == null) + " " + (boxed is int) + " " + (boxed is int?));
        int? fromBox = boxed as int?;
        Console.WriteLine(fromBox + " " + ((object)"s" as int?).HasValue);
        bool? t = true, f = false, n = null;
        Console.WriteLine(Show(t & n) + " " + Show(f & n) + " " + Show(t | n) + " " + Show(f | n) + " " + Show(!n) + " " + Show(t ^ f));
        Point? p = new Point(1, 2);
        Point? q = null;
        Console.WriteLine(Show(p?.X) + " " + Show(q?.X) + " " + Show(p?.Sum()) + " " + (q?.Sum() ?? -1) + " " + p.Value.Y);
        Line? line = Line.Free;
        Line? noLine = null;
        Console.WriteLine(line + " " + Show(noLine) + " " + (line == Line.Free) + " " + (noLine == Line.Busy));
        var c = new Call { Caller = "101" };
        Console.WriteLine(Show(c.Queue) + " " + (c.Queue ?? 0) + " " + Show(c.Pos?.X) + " " + (c.Queue.HasValue ? "q" : "no queue"));
        c.Queue = 3;
        c.Queue++;
        c.Queue += 10;
        Console.WriteLine(c.Queue + " " + (c.Queue > 10));
        var list = new List<int?> { 3, null, 1 };
        list.Sort();
        Console.WriteLine(string.Join(",", list) + " " + list.Count);
        double? d = a;
        long? l = a;
        Console.WriteLine(d + " " + l + " " + (d / 2));
        int x = (int)a;
        int y = a ?? 0;
        Console.WriteLine(x + y);
        Console.WriteLine(Nullable.Compare(a, b) + " " + Nullable.Equals(a, 5) + " " + (Nullable.GetUnderlyingType(typeof(int?)) == typeof(int)));
    }
}
