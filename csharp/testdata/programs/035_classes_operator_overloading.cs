// checks: user-defined arithmetic, comparison, unary, true/false and conversion operators (implicit and explicit)
using System;

class Vec
{
    public readonly int X, Y;
    public Vec(int x, int y) { X = x; Y = y; }
    public static Vec operator +(Vec a, Vec b) { return new Vec(a.X + b.X, a.Y + b.Y); }
    public static Vec operator -(Vec a) { return new Vec(-a.X, -a.Y); }
    public static Vec operator *(Vec a, int k) { return new Vec(a.X * k, a.Y * k); }
    public static Vec operator *(int k, Vec a) { return a * k; }
    public static bool operator <(Vec a, Vec b) { return a.Len2 < b.Len2; }
    public static bool operator >(Vec a, Vec b) { return a.Len2 > b.Len2; }
    public static Vec operator ++(Vec a) { return new Vec(a.X + 1, a.Y + 1); }
    public static implicit operator Vec(int n) { return new Vec(n, n); }
    public static explicit operator int(Vec v) { return v.X + v.Y; }
    public int Len2 { get { return X * X + Y * Y; } }
    public override string ToString() { return "<" + X + "," + Y + ">"; }
}

class Flag
{
    public bool V;
    public static bool operator true(Flag f) { Console.Write("[true?]"); return f.V; }
    public static bool operator false(Flag f) { Console.Write("[false?]"); return !f.V; }
    public static Flag operator &(Flag a, Flag b) { Console.Write("[&]"); return new Flag { V = a.V && b.V }; }
}

class Program
{
    static void Main()
    {
        var a = new Vec(1, 2);
        var b = new Vec(3, 4);
        Console.WriteLine(a + b);
        Console.WriteLine(-a);
        Console.WriteLine(a * 3 + 2 * b);
        Console.WriteLine(a < b);
        Console.WriteLine(a > b);
        Vec c = 5;
        Console.WriteLine(c);
        Console.WriteLine((int)b);
        a++;
        Console.WriteLine(a);
        a += b;
        Console.WriteLine(a);
        var t = new Flag { V = true };
        var f = new Flag { V = false };
        if (f && t) Console.WriteLine("yes"); else Console.WriteLine("no");
        if (t && t) Console.WriteLine("yes"); else Console.WriteLine("no");
    }
}
