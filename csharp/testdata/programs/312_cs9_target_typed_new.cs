// checks: target-typed new() for fields, locals, arguments and collection initializers; target-typed conditional expressions
// expect: hand-checked (C# 9: target-typed new and conditional)
using System;
using System.Collections.Generic;

class Config
{
    public Dictionary<string, int> Limits { get; } = new() { ["calls"] = 3 };
    public List<string> Names = new();
}

class Program
{
    static int Count(List<int> l) => l.Count;

    static void Main()
    {
        Config c = new();
        c.Names.Add("x");
        Console.WriteLine(c.Limits["calls"] + " " + c.Names.Count);
        List<int> nums = new() { 1, 2, 3 };
        Console.WriteLine(Count(new() { 4, 5 }) + nums.Count);
        DateTime d = new(2024, 5, 6);
        Console.WriteLine(d.ToString("yyyy-MM-dd"));
        TimeSpan t = new(1, 30, 0);
        Console.WriteLine(t);
        bool flag = false;
        int? maybe = flag ? 1 : null;
        Console.WriteLine(maybe.HasValue);
    }
}
