// checks: C# 9/10 records: positional records with value equality and ToString, with-expressions (non-destructive copy), deconstruction, records in HashSet and as Dictionary keys, record inheritance (equality includes the run-time type), record struct, init-only properties, a record with a custom member and a list field (reference equality of the list)
// expect: hand-checked (C# 9/10: records, record structs, init accessors, with expressions)
using System;
using System.Collections.Generic;

public record Extension(string Number, string Name, int Queue = 0);
public record Agent(string Number, string Name, string Skill) : Extension(Number, Name);
public record struct Point(int X, int Y)
{
    public int Manhattan => Math.Abs(X) + Math.Abs(Y);
}
public record Config
{
    public string Host { get; init; } = "localhost";
    public int Port { get; init; } = 5060;
    public List<string> Tags { get; init; } = new List<string>();
}

class Program
{
    static void Main()
    {
        var a = new Extension("100", "Reception");
        var b = new Extension("100", "Reception");
        var c = a with { Name = "Front desk" };
        Console.WriteLine(a);
        Console.WriteLine(c);
        Console.WriteLine((a == b) + " " + a.Equals(b) + " " + ReferenceEquals(a, b) + " " + (a == c) + " " + (a != c));
        Console.WriteLine(a.GetHashCode() == b.GetHashCode());
        var (num, name, q) = c;
        Console.WriteLine(num + "/" + name + "/" + q);
        var set = new HashSet<Extension> { a, b, c };
        Console.WriteLine(set.Count);
        var dict = new Dictionary<Extension, int> { [a] = 1 };
        Console.WriteLine(dict[b]);

        var agent = new Agent("201", "Kim", "sales");
        Extension asExt = agent;
        var plain = new Extension("201", "Kim");
        Console.WriteLine(agent);
        Console.WriteLine((asExt == plain) + " " + plain.Equals(asExt) + " " + asExt.GetType().Name);
        var moved = agent with { Skill = "support" };
        Console.WriteLine(moved + " " + (moved == agent));

        var p = new Point(3, -4);
        var p2 = p with { Y = 4 };
        Console.WriteLine(p + " " + p2 + " " + (p == new Point(3, -4)) + " " + p.Manhattan);
        p.X = 10;
        Console.WriteLine(p);

        var cfg = new Config { Port = 5080 };
        var cfg2 = cfg with { Host = "pbx" };
        Console.WriteLine(cfg.Host + ":" + cfg.Port + " " + cfg2.Host + ":" + cfg2.Port);
        Console.WriteLine((cfg == cfg2) + " " + (cfg with { } == cfg) + " " + ReferenceEquals(cfg.Tags, cfg2.Tags));
        var cfg3 = new Config { Port = 5080 };
        Console.WriteLine(cfg == cfg3);
    }
}
