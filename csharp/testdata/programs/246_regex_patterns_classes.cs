// checks: character classes, quantifiers {n,m}, alternation, anchors, escapes \d\w\s\b, lazy vs greedy, groups without capture (?:)
using System;
using System.Text.RegularExpressions;

class Program
{
    static void Check(string pattern, params string[] inputs)
    {
        Console.Write(pattern + " :");
        foreach (var i in inputs) Console.Write(" " + i + "=" + (Regex.IsMatch(i, pattern) ? "y" : "n"));
        Console.WriteLine();
    }

    static void Main()
    {
        Check(@"^\d{3,4}$", "12", "123", "1234", "12345");
        Check(@"^(?:sales|support)$", "sales", "support", "sale", "salessupport");
        Check(@"^[A-Z][a-z]+$", "Ann", "ann", "ANN", "A");
        Check(@"^\w+@\w+\.\w{2,}$", "a@b.de", "a@b.c", "@b.de");
        Check(@"^\s*$", "", "   ", " x ");
        Check(@"^[^0-9]+$", "abc", "a1c");
        Check(@"^\+?[0-9 ]{6,}$", "+49 30 1234", "12345", "0301234567");
        Check(@"^(\d)\d*$", "7", "70", "x7");
        Check(@"\bend\b", "the end", "endless", "end.");
        Check(@"^a.c$", "abc", "a\nc", "ac");
        Check(@"^[\-\.]+$", "-.-", "-a");
        Check(@"^#\d{2,3}$", "#12", "#1", "#1234");
        var m = Regex.Match("aaa", "a{2}");
        Console.WriteLine(m.Value + " " + Regex.Match("aaaa", "a{2,}?").Value + " " + Regex.Match("xaaay", "a+").Value);
    }
}
