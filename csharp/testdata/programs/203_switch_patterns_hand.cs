// checks: C# 7 switch with type patterns and when guards, case null, order of case evaluation
// expect: hand-checked (C# 7: Mono's mcs does not implement type patterns in switch cases)
using System;

class Shape { }
class Circle : Shape { public double R; }
class Rect : Shape { public double W, H; }

class Program
{
    static string Classify(object o)
    {
        switch (o)
        {
            case null:
                return "null";
            case Circle c when c.R == 0:
                return "point";
            case Circle c:
                return "circle r=" + c.R;
            case Rect r when r.W == r.H:
                return "square " + r.W;
            case Rect r:
                return "rect " + r.W + "x" + r.H;
            case int i when i > 100:
                return "big int";
            case int i:
                return "int " + i;
            case string s:
                return "string " + s.Length;
            default:
                return "unknown " + o.GetType().Name;
        }
    }

    static void Main()
    {
        object[] xs = { null, new Circle(), new Circle { R = 2 }, new Rect { W = 3, H = 3 }, new Rect { W = 2, H = 5 }, 500, 5, "abc", 1.5 };
        foreach (var x in xs) Console.WriteLine(Classify(x));
    }
}
