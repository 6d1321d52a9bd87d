// checks: .NET Core-era APIs: string.Contains(char), Split(char, options), string.Join(char, ...), Dictionary.TryAdd/Remove(key, out value), GetValueOrDefault, Math.Clamp, KeyValuePair deconstruction
// expect: hand-checked (.NET 8 API: Mono 6.8 lacks these overloads)
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        Console.WriteLine("+4930".Contains('+') + " " + "abc".Contains('z'));
        Console.WriteLine(string.Join('|', "a,,b".Split(',', StringSplitOptions.RemoveEmptyEntries)));
        Console.WriteLine(string.Join("|", " a , b ".Split(',', StringSplitOptions.TrimEntries)));
        var d = new Dictionary<string, int>();
        Console.WriteLine(d.TryAdd("x", 1) + " " + d.TryAdd("x", 2) + " " + d["x"]);
        Console.WriteLine(d.Remove("x", out var removed) + " " + removed + " " + d.Count);
        Console.WriteLine(d.GetValueOrDefault("missing") + " " + d.GetValueOrDefault("missing", 7));
        Console.WriteLine(Math.Clamp(15, 0, 10) + " " + Math.Clamp(-3, 0, 10) + " " + Math.Clamp(2.5, 0.0, 1.0));
        foreach (var (key, value) in new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 }) Console.Write(key + value + " ");
        Console.WriteLine();
        Console.WriteLine("abc".StartsWith('a') + " " + "abc".EndsWith('c'));
        Console.WriteLine(string.Concat("ab".AsSpan(), "cd".AsSpan()));
        Console.WriteLine("a-b-c".Replace("-", "", StringComparison.Ordinal) + " " + "Hello".IndexOf('l', StringComparison.Ordinal));
    }
}
