// checks: raw string literals: quotes without escaping, indentation removed up to the closing delimiter, interpolated raw strings with $$
// expect: hand-checked (C# 11: raw string literals)
using System;

class Program
{
    static void Main()
    {
        string single = """He said "hi" \n not an escape""";
        Console.WriteLine(single);
        string multi = """
            {
              "caller": "+4930",
              "vip": true
            }
            """;
        Console.WriteLine(multi);
        int ext = 101;
        string json = $$"""{"ext": {{ext}}, "literal": "{braces}"}""";
        Console.WriteLine(json);
        string inter = $"""Ext {ext} says "ok" """;
        Console.WriteLine(inter + "|");
        string four = """"Contains """ three quotes"""";
        Console.WriteLine(four);
        Console.WriteLine(multi.Split('\n').Length);
    }
}
