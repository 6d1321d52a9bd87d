// checks: is not T, is not (A or B), negated patterns in if with pattern variables definitely assigned on the else path
// expect: hand-checked (C# 9: not patterns)
using System;

class Program
{
    static string Check(object o)
    {
        if (o is not string s) return "not a string";
        return "string " + s.ToUpper();
    }

    static void Main()
    {
        Console.WriteLine(Check(5));
        Console.WriteLine(Check("ok"));
        foreach (var c in "a1 _")
            Console.WriteLine("'" + c + "' " + (c is not (>= '0' and <= '9') ? "non-digit" : "digit"));
        int? n = null;
        Console.WriteLine(n is not null ? "has value" : "null");
        object o = 3.0;
        Console.WriteLine(o is not (int or long) ? "not integral" : "integral");
    }
}
