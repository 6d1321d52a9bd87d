// checks: tuple patterns in switch expressions, positional patterns with Deconstruct, var and discard subpatterns
// expect: hand-checked (C# 8: tuple and positional patterns)
using System;

class Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public void Deconstruct(out int x, out int y) { x = X; y = Y; }
}

class Program
{
    static string Rps(string a, string b) => (a, b) switch
    {
        ("rock", "scissors") or ("scissors", "paper") or ("paper", "rock") => "first wins",
        var (x, y) when x == y => "draw",
        _ => "second wins",
    };

    static string Quadrant(Point p) => p switch
    {
        (0, 0) => "origin",
        (var x, 0) => "x-axis at " + x,
        (0, _) => "y-axis",
        ( > 0, > 0) => "Q1",
        ( < 0, > 0) => "Q2",
        _ => "lower half",
    };

    static void Main()
    {
        Console.WriteLine(Rps("rock", "scissors") + ", " + Rps("paper", "paper") + ", " + Rps("rock", "paper"));
        foreach (var p in new[] { new Point(0, 0), new Point(3, 0), new Point(0, -2), new Point(1, 1), new Point(-1, 5), new Point(4, -4) })
            Console.WriteLine(Quadrant(p));
    }
}
