// checks: ??= assigns only when the left side is null, evaluates the right side lazily, and yields the resulting value
// expect: hand-checked (C# 8: ??= operator)
using System;
using System.Collections.Generic;

class Program
{
    static int calls;
    static string Make(string s) { calls++; return s; }

    static void Main()
    {
        string a = null;
        a ??= Make("first");
        a ??= Make("second");
        Console.WriteLine(a + " " + calls);
        int? n = null;
        Console.WriteLine(n ??= 5);
        Console.WriteLine(n ??= 9);
        List<string> list = null;
        (list ??= new List<string>()).Add("x");
        list ??= new List<string> { "never" };
        Console.WriteLine(list.Count + " " + list[0]);
        var cache = new Dictionary<string, List<int>>();
        foreach (var (k, v) in new[] { ("a", 1), ("b", 2), ("a", 3) })
        {
            cache.TryGetValue(k, out var bucket);
            bucket ??= cache[k] = new List<int>();
            bucket.Add(v);
        }
        foreach (var kv in cache) Console.WriteLine(kv.Key + ": " + string.Join(",", kv.Value));
    }
}
