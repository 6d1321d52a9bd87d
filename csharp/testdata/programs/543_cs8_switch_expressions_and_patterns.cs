// checks: switch expressions and patterns: relational and/or/not, property patterns with nested and extended property paths, positional patterns on tuples and records, type patterns with designations, list patterns with slices, var and discard, when guards, exhaustiveness failure (SwitchExpressionException)
// expect: hand-checked (C# 8-11: switch expressions, relational/logical/list patterns, extended property patterns)
using System;
using System.Collections.Generic;

record Party(string Number, string Name);
record CallInfo(Party From, Party To, int Seconds);

abstract class Shape { }
class Circle : Shape { public double R { get; init; } }
class Rect : Shape { public double W { get; init; } public double H { get; init; } }

class Program
{
    static string Band(int secs) => secs switch
    {
        < 0 => "invalid",
        0 => "missed",
        >= 1 and < 60 => "short",
        >= 60 and <= 600 => "normal",
        _ => "long",
    };

    static string Classify(object o) => o switch
    {
        null => "null",
        int i when i % 2 == 0 => "even int " + i,
        int i => "odd int " + i,
        string { Length: 0 } => "empty string",
        string s and { Length: > 5 } => "long string " + s[..5],
        string s => "string " + s,
        IEnumerable<int> xs => "ints",
        _ => "other " + o.GetType().Name,
    };

    static string Route(CallInfo c) => c switch
    {
        { From.Number: "+4930" or "+4940", Seconds: > 0 } => "local " + c.From.Name,
        { To: { Name: var n }, Seconds: 0 } => "missed to " + n,
        { From: Party(var num, _) } when num.StartsWith("+1") => "us " + num,
        _ => "other",
    };

    static string Area(Shape s) => s switch
    {
        Circle { R: var r } => "circle " + Math.Round(Math.PI * r * r, 2),
        Rect { W: var w, H: var h } when w == h => "square " + w * h,
        Rect r => "rect " + r.W * r.H,
        _ => throw new ArgumentException("unknown shape"),
    };

    static string Quadrant((int X, int Y) p) => p switch
    {
        (0, 0) => "origin",
        (> 0, > 0) => "I",
        (< 0, > 0) => "II",
        (_, 0) or (0, _) => "axis",
        var (x, y) when x < 0 => "III or IV " + x + "," + y,
        _ => "IV",
    };

    static string Digits(int[] d) => d switch
    {
        [] => "none",
        [var only] => "one " + only,
        [1, .. var rest] => "starts with 1, then " + rest.Length,
        [.., 9] => "ends with 9",
        [var first, _, ..] => "first " + first,
    };

    static void Main()
    {
        foreach (var s in new[] { -5, 0, 30, 60, 600, 601 }) Console.Write(Band(s) + " ");
        Console.WriteLine();
        foreach (var o in new object[] { null, 4, 7, "", "hello world", "hi", new List<int>(), 2.5 }) Console.WriteLine(Classify(o));
        var ann = new Party("+4930", "Ann");
        var bob = new Party("+1555", "Bob");
        Console.WriteLine(Route(new CallInfo(ann, bob, 10)));
        Console.WriteLine(Route(new CallInfo(bob, ann, 0)));
        Console.WriteLine(Route(new CallInfo(bob, ann, 5)));
        Console.WriteLine(Route(new CallInfo(new Party("+33", "Cy"), ann, 5)));
        Console.WriteLine(Area(new Circle { R = 1 }) + " | " + Area(new Rect { W = 2, H = 2 }) + " | " + Area(new Rect { W = 2, H = 3 }));
        foreach (var p in new[] { (0, 0), (1, 2), (-1, 2), (3, 0), (-2, -3), (2, -3) }) Console.Write(Quadrant(p) + "; ");
        Console.WriteLine();
        Console.WriteLine(Digits(new int[0]) + " | " + Digits(new[] { 5 }) + " | " + Digits(new[] { 1, 2, 3 }) + " | " + Digits(new[] { 4, 9 }) + " | " + Digits(new[] { 4, 5, 6 }));
        bool isWeekendish(DayOfWeek d) => d is DayOfWeek.Saturday or DayOfWeek.Sunday;
        Console.WriteLine(isWeekendish(DayOfWeek.Sunday) + " " + isWeekendish(DayOfWeek.Monday));
        object boxed = 42;
        if (boxed is int n and > 40) Console.WriteLine("big " + n);
        if (boxed is not string) Console.WriteLine("not a string");
        try { Console.WriteLine(Area(null)); }
        catch (ArgumentException e) { Console.WriteLine(e.Message); }
        int code = 3;
        try
        {
            string r = code switch { 1 => "one", 2 => "two" };
            Console.WriteLine(r);
        }
        catch (Exception e) { Console.WriteLine(e.GetType().Name); }
    }
}
