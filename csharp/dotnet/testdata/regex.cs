using System;
using System.Text.RegularExpressions;

class Program
{
    static void Main()
    {
        var m = Regex.Match("Call 2024-03-15 from +49 30 1234", @"(?<year>\d{4})-(\d{2})-(\d{2})");
        Console.WriteLine(m.Success + " " + m.Value + " " + m.Index + " " + m.Groups["year"].Value + " " + m.Groups[1].Value + " " + m.Groups.Count);
        Console.WriteLine(Regex.IsMatch("ABC", "^abc$", RegexOptions.IgnoreCase));
        Console.WriteLine(Regex.Replace("John Smith", @"(\w+)\s(\w+)", "$2, $1"));
        Console.WriteLine(Regex.Replace("a1b22c333", @"\d+", x => "<" + x.Value.Length + ">"));
        foreach (Match d in Regex.Matches("x=1, y=22, z=333", @"\d+")) Console.Write(d.Value + "@" + d.Index + " ");
        Console.WriteLine();
        Console.WriteLine(string.Join("|", Regex.Split("a, b,c", @",\s*")));
        var re = new Regex(@"^\+?(\d+)$");
        Console.WriteLine(re.IsMatch("+4930") + " " + re.Match("12x").Success);
        var first = Regex.Match("a1 b2 c3", @"[a-z]\d");
        Console.WriteLine(first.Value + " " + first.NextMatch().Value + " " + first.NextMatch().NextMatch().Value);
        Console.WriteLine(Regex.Escape("1+1=2?"));
        try { Regex.IsMatch("x", "(?<=a)b"); } catch (NotSupportedException e) { Console.WriteLine(e.Message); }
    }
}
// Output:
// True 2024-03-15 5 2024 03 4
// True
// Smith, John
// a<1>b<2>c<3>
// 1@2 22@7 333@13 
// a|b|c
// True False
// a1 b2 c3
// 1\+1=2\?
// rpbench's regex engine (RE2) does not support lookbehind assertions (?<=...) (pattern '(?<=a)b', offset 0).
