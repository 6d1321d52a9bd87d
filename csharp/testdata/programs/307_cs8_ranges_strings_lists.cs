// checks: ranges on strings (Substring semantics), ^1 on strings and List<T> (implicit Index support through Count and the indexer)
// expect: hand-checked (C# 8: indices and ranges)
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        string s = "+4930123456";
        Console.WriteLine(s[1..3] + " " + s[^3..] + " " + s[..^3] + " " + s[^1]);
        Console.WriteLine(s[3..^3]);
        string quoted = "\"hello\"";
        Console.WriteLine(quoted[1..^1]);
        var list = new List<string> { "a", "b", "c" };
        Console.WriteLine(list[^1] + list[^3]);
        list[^1] = "z";
        Console.WriteLine(string.Join("", list));
        Console.WriteLine("abc"[0..0].Length + " " + "abc"[3..].Length);
    }
}
