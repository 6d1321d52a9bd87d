// checks: records: value equality, ToString format, with-expressions (non-destructive copy), positional records with Deconstruct
// expect: hand-checked (C# 9: records)
using System;

record Agent(string Name, int Ext);

record Person
{
    public string First { get; init; }
    public string Last { get; init; }
}

class Program
{
    static void Main()
    {
        var a = new Agent("ann", 101);
        var b = new Agent("ann", 101);
        Console.WriteLine(a);
        Console.WriteLine((a == b) + " " + a.Equals(b) + " " + ReferenceEquals(a, b));
        var c = a with { Ext = 102 };
        Console.WriteLine(c + " " + (a == c) + " " + a.Ext);
        var (name, ext) = c;
        Console.WriteLine(name + "/" + ext);
        var p = new Person { First = "Ada", Last = "Lovelace" };
        Console.WriteLine(p);
        var q = p with { First = "Augusta" };
        Console.WriteLine(q.First + " " + q.Last + " " + (p != q));
        Console.WriteLine(new Person());
    }
}
