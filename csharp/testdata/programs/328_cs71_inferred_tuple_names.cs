// checks: tuple element names inferred from variables and members (C# 7.1), default literal, tuple equality == (C# 7.3)
// expect: hand-checked (C# 7.1/7.3: Mono's mcs does not infer tuple element names nor support tuple ==)
using System;
using System.Linq;

class Program
{
    static void Main()
    {
        string name = "ann";
        int ext = 101;
        var t = (name, ext);
        Console.WriteLine(t.name + " " + t.ext);
        var agents = new[] { (Name: "bob", Ext: 102), (Name: "cy", Ext: 103) };
        var projected = agents.Select(a => (a.Name, Double: a.Ext * 2)).ToList();
        Console.WriteLine(projected[1].Name + " " + projected[1].Double);
        Console.WriteLine((1, "a") == (1, "a"));
        Console.WriteLine((1, 2) != (1, 3));
        var p = (x: 1, y: 2);
        Console.WriteLine(p == (1, 2));
    }
}
