// checks: C# 8 operators: ??= on locals, fields and dictionary values, ?. and ?[] chains on null collections, null-forgiving !, indices from the end (^1) and ranges (1..^1, ..2, 3..) on arrays, strings and List via GetRange, Index and Range values, using declarations disposing at the end of the scope in reverse order
// expect: hand-checked (C# 8: ??=, indices and ranges, using declarations, nullable reference annotations)
#nullable enable
using System;
using System.Collections.Generic;

class Res : IDisposable
{
    private readonly string name;
    public Res(string n) { name = n; Console.WriteLine("open " + n); }
    public void Dispose() => Console.WriteLine("dispose " + name);
}

class Cache
{
    private List<string>? items;
    public List<string> Items => items ??= new List<string> { "created" };
}

class Program
{
    static int? Lookup(Dictionary<string, int>? d, string k) => d?[k];

    static void Scope()
    {
        using var a = new Res("a");
        using var b = new Res("b");
        Console.WriteLine("in scope");
    }

    static void Main()
    {
        string? s = null;
        s ??= "default";
        s ??= "ignored";
        Console.WriteLine(s);
        var cache = new Cache();
        cache.Items.Add("more");
        Console.WriteLine(string.Join(",", cache.Items));
        var counts = new Dictionary<string, List<int>>();
        foreach (var (k, v) in new[] { ("a", 1), ("b", 2), ("a", 3) })
        {
            counts.TryGetValue(k, out var list);
            list ??= counts[k] = new List<int>();
            list.Add(v);
        }
        Console.WriteLine(string.Join(" ", counts["a"]) + " | " + string.Join(" ", counts["b"]));
        List<string>? none = null;
        Console.WriteLine((none?[0] ?? "no list") + " " + (none?.Count ?? -1) + " " + (Lookup(null, "x")?.ToString() ?? "null dict"));
        string[]? arr = { "x", "y" };
        Console.WriteLine(arr?[1]?.ToUpper() + " " + arr![0]);
        int[] nums = { 0, 1, 2, 3, 4, 5 };
        Console.WriteLine(nums[^1] + " " + nums[^2] + " " + string.Join(",", nums[1..^1]) + " " + string.Join(",", nums[..2]) + " " + string.Join(",", nums[3..]) + " " + nums[..].Length);
        var str = "Hello, World";
        Console.WriteLine(str[..5] + "|" + str[^5..] + "|" + str[7..^1] + "|" + str[^1]);
        Index last = ^1;
        Range mid = 2..4;
        Console.WriteLine(nums[last] + " " + string.Join(",", nums[mid]) + " " + last + " " + mid);
        var lst = new List<int>(nums);
        Console.WriteLine(lst[^1] + " " + string.Join(",", lst.GetRange(1, 2)));
        Scope();
        Console.WriteLine("after scope");
    }
}
