// checks: switch statements with relational and combined patterns in case labels, type patterns without designation (C# 9)
// expect: hand-checked (C# 9: relational patterns and type patterns)
using System;

class Program
{
    static string Band(int secs)
    {
        switch (secs)
        {
            case < 0: return "invalid";
            case 0: return "missed";
            case >= 1 and < 60: return "short";
            case < 600: return "normal";
            default: return "long";
        }
    }

    static string TypeName(object o)
    {
        switch (o)
        {
            case int or long: return "integer";
            case string: return "string";
            case null: return "null";
            default: return "other";
        }
    }

    static void Main()
    {
        foreach (var s in new[] { -1, 0, 59, 60, 599, 600 }) Console.WriteLine(s + " " + Band(s));
        foreach (var o in new object[] { 1, 2L, "s", null, 1.5 }) Console.WriteLine(TypeName(o));
    }
}
