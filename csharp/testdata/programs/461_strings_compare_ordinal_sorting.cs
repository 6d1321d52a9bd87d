// checks: ordinal sorting of mixed-case and digit strings with StringComparer.Ordinal vs OrdinalIgnoreCase; CompareOrdinal with substrings
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var words = new List<string> { "beta", "Alpha", "alpha", "10", "9", "Beta", "_x" };
        words.Sort(StringComparer.Ordinal);
        Console.WriteLine(string.Join(" ", words));
        var ci = new List<string> { "b", "A", "c", "D" };
        ci.Sort(StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(" ", ci));
        Console.WriteLine(Math.Sign(string.CompareOrdinal("abcdef", 2, "xxcdxx", 2, 2)) + " " + Math.Sign(string.Compare("abc", "abd", StringComparison.Ordinal)));
        Console.WriteLine("Zebra".CompareTo("apple") > 0 ? "culture: Zebra after apple" : "culture: Zebra before apple");
        Console.WriteLine(string.CompareOrdinal("Zebra", "apple") < 0 ? "ordinal: Zebra before apple" : "ordinal: after");
    }
}
