// checks: ??= on locals, fields, properties, dictionary entries and nullable value types; ?. and ?[] chains through nullable structs, arrays and lists; null-conditional method calls returning structs; ?? with throw expressions; the value of an assignment expression
// expect: hand-checked (C# 8: ??= and throw expressions in ??)
using System;
using System.Collections.Generic;

struct Ext { public int Number; public Ext(int n) { Number = n; } public Ext Next() => new Ext(Number + 1); }

class Agent
{
    public string Name;
    public Ext? Extension;
    public List<string> Skills;
    public Agent Backup { get; set; }
}

class Program
{
    static int calls;
    static string Compute() { calls++; return "computed"; }

    static void Main()
    {
        string s = null;
        s ??= Compute();
        s ??= Compute();
        Console.WriteLine(s + " " + calls);
        int? n = null;
        n ??= 5;
        n ??= 6;
        Console.WriteLine(n + " " + (n ??= 7));
        var a = new Agent { Name = "ann" };
        a.Skills ??= new List<string>();
        a.Skills.Add("sales");
        a.Backup ??= new Agent { Name = "bob" };
        a.Backup ??= new Agent { Name = "never" };
        Console.WriteLine(a.Skills.Count + " " + a.Backup.Name + " " + (a.Backup.Backup?.Name ?? "none"));
        var d = new Dictionary<string, List<int>>();
        foreach (var (k, v) in new[] { ("x", 1), ("y", 2), ("x", 3) })
        {
            d.TryGetValue(k, out var list);
            list ??= d[k] = new List<int>();
            list.Add(v);
        }
        foreach (var kv in d) Console.Write(kv.Key + ":" + string.Join("+", kv.Value) + " ");
        Console.WriteLine();
        Console.WriteLine((a.Extension?.Number ?? -1) + " " + (a.Extension?.Next().Number ?? -1));
        a.Extension = new Ext(101);
        Console.WriteLine(a.Extension?.Number + " " + a.Extension?.Next().Number + " " + a.Extension.Value.Next().Next().Number);
        int[] arr = null;
        Console.WriteLine((arr?[0] ?? -2) + " " + (arr?.Length ?? 0));
        arr = new[] { 4, 5 };
        Console.WriteLine(arr?[1] + " " + arr?.Length);
        List<Agent> team = null;
        Console.WriteLine(team?[0]?.Name ?? "no team");
        team = new List<Agent> { a };
        Console.WriteLine(team?[0]?.Backup?.Name?.ToUpper() + " " + team?[0].Skills?[0]?.Length);
        try
        {
            string missing = null;
            var x = missing ?? throw new ArgumentNullException(nameof(missing));
        }
        catch (ArgumentNullException e) { Console.WriteLine(e.ParamName); }
        int y;
        int z = (y = 3) + 1;
        Console.WriteLine(y + " " + z);
    }
}
