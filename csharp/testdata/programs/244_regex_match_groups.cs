// checks: Regex.IsMatch/Match/Matches, numbered and named groups, Success, Index, Value, NextMatch, RegexOptions.IgnoreCase
using System;
using System.Text.RegularExpressions;

class Program
{
    static void Main()
    {
        Console.WriteLine(Regex.IsMatch("+4930123456", @"^\+49\d+$") + " " + Regex.IsMatch("030-123", @"^\d+$"));
        var m = Regex.Match("ext 101 and ext 202", @"ext (\d+)");
        Console.WriteLine(m.Success + " " + m.Value + " " + m.Groups[1].Value + " " + m.Index + " " + m.Length);
        m = m.NextMatch();
        Console.WriteLine(m.Value + " " + m.Index);
        Console.WriteLine(m.NextMatch().Success);
        foreach (Match x in Regex.Matches("a1b22c333", @"\d+")) Console.Write(x.Value + "@" + x.Index + " ");
        Console.WriteLine();
        var named = Regex.Match("Caller: Smith, John <+4930111>", @"(?<last>\w+), (?<first>\w+) <(?<num>[^>]+)>");
        Console.WriteLine(named.Groups["first"].Value + " " + named.Groups["last"].Value + " " + named.Groups["num"].Value);
        Console.WriteLine(Regex.IsMatch("HELLO", "hello", RegexOptions.IgnoreCase) + " " + Regex.IsMatch("HELLO", "hello"));
        Console.WriteLine(Regex.Matches("no digits", @"\d").Count);
        var opt = Regex.Match("abc", @"(x)?abc");
        Console.WriteLine(opt.Groups[1].Success + " [" + opt.Groups[1].Value + "] " + opt.Groups.Count);
        var re = new Regex(@"(\w)(\d)");
        Console.WriteLine(re.Match("__a1__").Groups[2].Value + " " + re.IsMatch("zz"));
    }
}
