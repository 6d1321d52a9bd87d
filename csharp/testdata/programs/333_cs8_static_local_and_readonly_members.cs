// checks: readonly struct members (C# 8), readonly structs, static local functions cannot capture but can be called
// expect: hand-checked (C# 8: readonly members and static local functions)
using System;

struct Counter
{
    public int Value;
    public readonly int Peek() => Value;
    public readonly override string ToString() => "Counter(" + Value + ")";
    public void Inc() => Value++;
}

readonly struct Range
{
    public readonly int Lo, Hi;
    public Range(int lo, int hi) { Lo = lo; Hi = hi; }
    public int Length => Hi - Lo;
}

class Program
{
    static void Main()
    {
        var c = new Counter();
        c.Inc(); c.Inc();
        Console.WriteLine(c.Peek() + " " + c);
        var r = new Range(3, 10);
        Console.WriteLine(r.Length);
        static int Clamp(int v, int lo, int hi) => v < lo ? lo : v > hi ? hi : v;
        Console.WriteLine(Clamp(15, r.Lo, r.Hi) + " " + Clamp(-1, r.Lo, r.Hi) + " " + Clamp(5, r.Lo, r.Hi));
    }
}
