// checks: user Deconstruct methods enable deconstruction into new and existing variables
// expect: hand-checked (C# 7: mcs fails on user-defined Deconstruct with an internal compiler error)
using System;

class Range
{
    public int Lo, Hi;
    public Range(int lo, int hi) { Lo = lo; Hi = hi; }
    public void Deconstruct(out int lo, out int hi) { lo = Lo; hi = Hi; }
}

class Program
{
    static void Main()
    {
        var (lo, hi) = new Range(3, 9);
        Console.WriteLine(lo + ".." + hi);
        int a, b;
        (a, b) = new Range(1, 2);
        Console.WriteLine(a + b);
        (a, b) = (b, a);
        Console.WriteLine(a + " " + b);
        var (x, y) = (10, "ten");
        Console.WriteLine(y + "=" + x);
    }
}
