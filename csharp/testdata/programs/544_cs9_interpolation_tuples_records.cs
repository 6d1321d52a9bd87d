// checks: string interpolation and ToString of tuples, records, record structs, nullable values, anonymous types, enums and collections: alignment, format specifiers inside tuples' elements, nested records, record with a collection member, inherited records
// expect: hand-checked (C# 9/10: records and record structs; .NET 8 ToString formats)
using System;
using System.Collections.Generic;

record Agent(string Name, int Ext);
record Queue(string Id, Agent Lead, List<string> Members);
record Manager(string Name, int Ext, string Team) : Agent(Name, Ext);
record struct Slot(int Number, string Caller);
enum State { Idle, Ringing }

class Program
{
    static void Main()
    {
        var t = (Ext: 101, Name: "Ann", Rate: 0.5);
        Console.WriteLine($"tuple {t} item {t.Name} rate {t.Rate:P0} ext {t.Ext,5}|");
        var nested = (1, ("a", 2.5), (int?)null);
        Console.WriteLine($"nested {nested}");
        var a = new Agent("Ann", 101);
        Console.WriteLine($"{a}");
        Console.WriteLine($"{a with { Ext = 102 }}");
        var q = new Queue("sales", a, new List<string> { "x" });
        Console.WriteLine(q);
        var m = new Manager("Bob", 200, "ops");
        Console.WriteLine($"{m} | {(Agent)m}");
        var s = new Slot(3, "+4930");
        Console.WriteLine($"{s} {s.Number:D3} [{s.Caller,-8}]");
        int? n = null;
        int? v = 7;
        Console.WriteLine($"[{n}] [{v}] [{v:D2}] [{n ?? -1}]");
        var anon = new { Ext = 5, Who = "Cy" };
        Console.WriteLine($"{anon}");
        Console.WriteLine($"{State.Ringing} {State.Idle:D} {(State)7}");
        var list = new List<(string, int)> { ("a", 1) };
        Console.WriteLine($"{list[0]} {list.Count}");
        Console.WriteLine($"{{braces}} {1 + 2} {"str",4} {3.14159:F2} {true}");
        Console.WriteLine(a == new Agent("Ann", 101));
        Console.WriteLine(s == new Slot(3, "+4930"));
        Console.WriteLine((1, "x").ToString() + " " + Tuple.Create(1, "x"));
    }
}
