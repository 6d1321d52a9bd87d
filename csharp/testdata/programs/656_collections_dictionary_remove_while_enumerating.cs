// checks: .NET Core 3.0+/.NET 5+ rules for changing a Dictionary or HashSet during foreach: Remove, Clear and overwriting a value keep the enumeration going; Add still throws
// expect: hand-checked (.NET 8 behaviour: dotnet/coreclr#18854 Remove, dotnet/runtime#34667 overwrite, dotnet/corefx#42212 Clear, dotnet/runtime#79227 HashSet.Remove; Mono 6.8 throws InvalidOperationException for all of them)
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var waiting = new Dictionary<string, int> { ["a"] = 5, ["b"] = 40, ["c"] = 12, ["d"] = 70 };
        foreach (var kv in waiting)
            if (kv.Value > 30) waiting.Remove(kv.Key);
        Console.WriteLine(string.Join(",", waiting.Keys) + " " + waiting.Count);
        foreach (var kv in waiting) waiting[kv.Key] = kv.Value * 2;
        foreach (var kv in waiting) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();
        int seen = 0;
        foreach (var kv in waiting) { seen++; waiting.Clear(); }
        Console.WriteLine("seen " + seen + " count " + waiting.Count);
        waiting["x"] = 1;
        try { foreach (var kv in waiting) waiting.Add(kv.Key + "2", 2); }
        catch (InvalidOperationException e) { Console.WriteLine("Add: " + e.Message); }
        var set = new HashSet<int> { 1, 2, 3, 4 };
        foreach (var x in set) if (x % 2 == 0) set.Remove(x);
        Console.WriteLine(string.Join(",", set));
        try { foreach (var x in set) set.Add(x * 10); }
        catch (InvalidOperationException) { Console.WriteLine("HashSet.Add: InvalidOperationException"); }
    }
}
