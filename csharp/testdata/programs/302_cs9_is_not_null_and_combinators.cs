// checks: is not null, is null, not/and/or patterns, relational patterns < <= > >=, parenthesized patterns
// expect: hand-checked (C# 9: pattern combinators and relational patterns)
using System;

class Program
{
    static string Classify(int n) => n switch
    {
        < 0 => "negative",
        0 => "zero",
        > 0 and < 10 => "digit",
        >= 10 and <= 99 => "two digits",
        _ => "big",
    };

    static bool IsLetterOrUnderscore(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    static void Main()
    {
        string s = "x";
        string n = null;
        Console.WriteLine((s is not null) + " " + (n is not null) + " " + (n is null));
        foreach (var v in new[] { -5, 0, 7, 42, 100 }) Console.WriteLine(v + " " + Classify(v));
        Console.WriteLine(IsLetterOrUnderscore('q') + " " + IsLetterOrUnderscore('_') + " " + IsLetterOrUnderscore('1'));
        object o = 15;
        if (o is int i and > 10) Console.WriteLine("int above ten: " + i);
        if (o is not string) Console.WriteLine("not a string");
        int code = 404;
        Console.WriteLine(code is 200 or 204 ? "success" : code is >= 400 and < 500 ? "client error" : "other");
    }
}
