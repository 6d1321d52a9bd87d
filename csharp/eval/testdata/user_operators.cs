struct Vec {
    public int X, Y;
    public Vec(int x, int y) { X = x; Y = y; }
    public static implicit operator Vec(int n) { return new Vec(n, n); }
    public override string ToString() { return "<" + X + "," + Y + ">"; }
}
class Flag {
    public bool V;
    public static bool operator true(Flag f) { System.Console.Write("[true?]"); return f.V; }
    public static bool operator false(Flag f) { System.Console.Write("[false?]"); return !f.V; }
    public static Flag operator &(Flag a, Flag b) { System.Console.Write("[&]"); return new Flag { V = a.V && b.V }; }
    public static Flag operator |(Flag a, Flag b) { System.Console.Write("[|]"); return new Flag { V = a.V || b.V }; }
}
class P {
    static void Main() {
        Vec c = 5;
        System.Console.WriteLine(c);
        var t = new Flag { V = true };
        var f = new Flag { V = false };
        if (f && t) System.Console.WriteLine("yes"); else System.Console.WriteLine("no");
        if (t && t) System.Console.WriteLine("yes"); else System.Console.WriteLine("no");
        if (f || t) System.Console.WriteLine("yes"); else System.Console.WriteLine("no");
    }
}
// Output:
// <5,5>
// [false?][true?]no
// [false?][&][true?]yes
// [true?][|][true?]yes
