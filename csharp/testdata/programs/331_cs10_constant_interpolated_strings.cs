// checks: constant interpolated strings (C# 10), newlines inside interpolation holes (C# 11), nested interpolations
// expect: hand-checked (C# 10/11: constant interpolated strings, newlines in holes)
using System;

class Program
{
    const string Prefix = "rp";
    const string Name = $"{Prefix}-main";

    static void Main()
    {
        Console.WriteLine(Name);
        int calls = 3;
        string s = $"calls: {calls switch
        {
            0 => "none",
            1 => "one",
            _ => "many",
        } }";
        Console.WriteLine(s);
        Console.WriteLine($"outer {$"inner {calls * 2}"} end");
    }
}
