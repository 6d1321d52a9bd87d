// checks: C# 8/9 pattern matching: switch expressions with type, property, relational, positional (tuple) and logical patterns, discard arm, when clauses, is not null, nested property patterns, switch expression throwing SwitchExpressionException-free default arm
// expect: hand-checked (C# 8/9: switch expressions, property and relational patterns)
using System;

abstract record Shape;
record Circle(double R) : Shape;
record Rect(double W, double H) : Shape;
record Tri(double A, double B, double C) : Shape;

class Program
{
    static string Classify(int n) => n switch
    {
        < 0 => "negative",
        0 => "zero",
        > 0 and < 10 => "small",
        >= 10 and <= 99 => "medium",
        _ => "large",
    };

    static string Describe(Shape s) => s switch
    {
        Circle { R: 0 } => "point",
        Circle c when c.R > 10 => "big circle",
        Circle(var r) => $"circle r={r}",
        Rect { W: var w, H: var h } when w == h => $"square {w}",
        Rect r => $"rect {r.W}x{r.H}",
        Tri(3, 4, 5) => "right triangle",
        Tri t => "triangle",
        null => "nothing",
        _ => "unknown",
    };

    static string Fizz(int i) => (i % 3, i % 5) switch
    {
        (0, 0) => "FizzBuzz",
        (0, _) => "Fizz",
        (_, 0) => "Buzz",
        _ => i.ToString(),
    };

    static decimal Fee(object o) => o switch
    {
        int n when n > 100 => 1.5m,
        int or long => 1m,
        string { Length: > 5 } => 2m,
        string => 0.5m,
        _ => 0m,
    };

    static void Main()
    {
        foreach (var n in new[] { -5, 0, 7, 42, 1000 }) Console.Write(Classify(n) + " ");
        Console.WriteLine();
        Shape[] shapes = { new Circle(0), new Circle(11), new Circle(2.5), new Rect(2, 2), new Rect(2, 3), new Tri(3, 4, 5), new Tri(1, 1, 1), null };
        foreach (var s in shapes) Console.WriteLine(Describe(s));
        for (int i = 1; i <= 15; i++) Console.Write(Fizz(i) + (i < 15 ? "," : "\n"));
        Console.WriteLine(Fee(500) + " " + Fee(5) + " " + Fee(5L) + " " + Fee("abcdefg") + " " + Fee("ab") + " " + Fee(1.5));
        object x = "hello";
        if (x is string { Length: 5 } str) Console.WriteLine("five: " + str);
        if (x is not null and not int) Console.WriteLine("not null, not int");
        var point = (X: 3, Y: -2);
        var quadrant = point switch
        {
            (> 0, > 0) => 1,
            (< 0, > 0) => 2,
            (< 0, < 0) => 3,
            (> 0, < 0) => 4,
            _ => 0,
        };
        Console.WriteLine("quadrant " + quadrant);
        char ch = 'q';
        Console.WriteLine(ch is >= 'a' and <= 'z' or >= 'A' and <= 'Z' ? "letter" : "other");
    }
}
