// checks: record structs: value semantics on copy, generated equality and ToString, with on structs and anonymous types
// expect: hand-checked (C# 10: record structs and with on structs/anonymous types)
using System;

record struct Slot(int Number, string Caller);

struct Plain { public int A; public int B; }

class Program
{
    static void Main()
    {
        var s = new Slot(1, "+4930");
        var t = s;
        t.Caller = "+4940";
        Console.WriteLine(s + " | " + t);
        Console.WriteLine(s == new Slot(1, "+4930"));
        var u = s with { Number = 2 };
        Console.WriteLine(u);
        var p = new Plain { A = 1, B = 2 };
        var p2 = p with { B = 20 };
        Console.WriteLine(p.B + " " + p2.B);
        var anon = new { X = 1, Y = "y" };
        var anon2 = anon with { X = 5 };
        Console.WriteLine(anon2);
    }
}
