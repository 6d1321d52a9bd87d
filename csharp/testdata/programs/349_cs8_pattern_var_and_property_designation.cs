// checks: property patterns with designations (is { Length: > 0 } s), var patterns in switch expressions, nested patterns on tuples of objects
// expect: hand-checked (C# 8: recursive patterns)
using System;

class Program
{
    static string Greet(object o) => o switch
    {
        string { Length: > 5 } s => "long name " + s[..5],
        string { Length: > 0 } s => "name " + s,
        string => "empty name",
        var other => "not a name: " + (other ?? "null"),
    };

    static void Main()
    {
        foreach (var o in new object[] { "Alexandra", "Bo", "", 42, null }) Console.WriteLine(Greet(o));
        object caller = "+4930";
        if (caller is string { Length: > 3 } num && num[0] == '+') Console.WriteLine("international " + num[1..]);
        var pair = ((object)1, (object)"x");
        Console.WriteLine(pair is (int i, string s) ? i + s : "no");
    }
}
