// checks: #nullable enable/disable, nullable reference annotations (string?) and the null-forgiving operator do not change run-time behaviour
// expect: hand-checked (C# 8: nullable reference types and #nullable directives)
#nullable enable
using System;
using System.Collections.Generic;

class Program
{
    static string? Find(Dictionary<string, string> d, string key) => d.TryGetValue(key, out var v) ? v : null;

    static int Length(string? s) => s?.Length ?? -1;

    static void Main()
    {
        var d = new Dictionary<string, string> { ["a"] = "apple" };
        string? hit = Find(d, "a");
        string? miss = Find(d, "z");
        Console.WriteLine(Length(hit) + " " + Length(miss));
        Console.WriteLine(hit!.ToUpper());
        try { Console.WriteLine(miss!.Length); }
        catch (NullReferenceException) { Console.WriteLine("NullReferenceException despite !"); }
        List<string?> items = new() { "x", null };
        Console.WriteLine(items.Count + " " + (items[1] is null));
#nullable disable
        string legacy = null;
        Console.WriteLine(legacy == null);
#nullable restore
    }
}
