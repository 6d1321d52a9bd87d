// checks: C# 7 patterns: is T x (declaration), is constant, is null, pattern variable scope in if/else and &&
using System;

class Program
{
    static string Describe(object o)
    {
        if (o is null) return "null";
        if (o is 0) return "zero";
        if (o is int i && i < 0) return "negative int " + i;
        if (o is int j) return "int " + j;
        if (o is string s) return s.Length == 0 ? "empty string" : "string '" + s + "'";
        if (o is double d) return "double " + d.ToString("F1");
        if (o is char c && char.IsDigit(c)) return "digit char";
        return "other " + o.GetType().Name;
    }

    static void Main()
    {
        object[] xs = { null, 0, -5, 7, "", "hi", 2.5, '7', 'x', 3L, new int[0] };
        foreach (var x in xs) Console.WriteLine(Describe(x));
        object box = 42;
        if (!(box is string str)) Console.WriteLine("not a string");
        else Console.WriteLine(str);
        if (box is int n && n > 40) Console.WriteLine("big " + n);
        object s2 = "text";
        var ok = s2 is string t && t.StartsWith("te");
        Console.WriteLine(ok);
        int? maybe = 5;
        if (maybe is int m) Console.WriteLine("nullable holds " + m);
        maybe = null;
        Console.WriteLine(maybe is int);
    }
}
