// checks: property patterns, nested and extended property patterns (C# 10), empty property pattern {} as non-null test
// expect: hand-checked (C# 8/10: property patterns and extended property patterns)
using System;

class Caller { public string Number { get; set; } public Info Details { get; set; } }
class Info { public bool Vip { get; set; } public string Lang { get; set; } }

class Program
{
    static string Route(Caller c) => c switch
    {
        null => "no caller",
        { Details: { Vip: true } } => "vip line",
        { Details.Lang: "de" } => "german queue",
        { Number: "" or null } => "anonymous",
        { Number.Length: > 8 } => "external",
        { } => "internal",
    };

    static void Main()
    {
        var calls = new[]
        {
            null,
            new Caller { Number = "+4930111", Details = new Info { Vip = true } },
            new Caller { Number = "+4930222", Details = new Info { Lang = "de" } },
            new Caller { Number = "" },
            new Caller { Number = "+4930333444" },
            new Caller { Number = "101" },
        };
        foreach (var c in calls) Console.WriteLine(Route(c));
        object o = "text";
        Console.WriteLine(o is string { Length: 4 } ? "four letters" : "other");
        Console.WriteLine(o is { } ? "not null" : "null");
    }
}
