// checks: record equality compares member values with EqualityComparer.Default: List members compare by reference; with copies references (shallow)
// expect: hand-checked (C# 9: records)
using System;
using System.Collections.Generic;

record Menu(string Name, List<string> Prompts);

class Program
{
    static void Main()
    {
        var prompts = new List<string> { "WELCOME" };
        var a = new Menu("main", prompts);
        var b = new Menu("main", prompts);
        var c = new Menu("main", new List<string> { "WELCOME" });
        Console.WriteLine((a == b) + " " + (a == c));
        var d = a with { Name = "copy" };
        d.Prompts.Add("MENU");
        Console.WriteLine(a.Prompts.Count + " " + ReferenceEquals(a.Prompts, d.Prompts));
        Console.WriteLine(a.Name + " " + d.Name);
        Console.WriteLine(a.GetHashCode() == b.GetHashCode());
    }
}
