// checks: System.Text.RegularExpressions: IsMatch, Match with numbered and named groups, Matches iteration, Replace with $1/${name} substitutions and a MatchEvaluator, Split, IgnoreCase and Multiline, anchors, lazy quantifiers, Escape, Success/Index/Length/Value, Groups by name that did not match
using System;
using System.Text.RegularExpressions;

class Program
{
    static void Main()
    {
        var phone = new Regex(@"^\+?(\d{1,3})[- ]?(\d{3})[- ]?(\d{4})$");
        foreach (var s in new[] { "+44 123 4567", "1-555-0100", "12345", "+1 555 01000" })
        {
            var m = phone.Match(s);
            Console.WriteLine(s + " -> " + (m.Success ? m.Groups[1].Value + "|" + m.Groups[2].Value + "|" + m.Groups[3].Value : "no"));
        }
        var log = "2024-01-05 ERROR disk full; 2024-01-06 WARN low memory; 2024-02-01 ERROR fan";
        var rx = new Regex(@"(?<date>\d{4}-(?<month>\d\d)-\d\d) (?<level>ERROR|WARN) (?<msg>[^;]+)");
        foreach (Match m in rx.Matches(log))
            Console.WriteLine(m.Groups["level"].Value + " on " + m.Groups["date"].Value + " (month " + m.Groups["month"].Value + "): " + m.Groups["msg"].Value + " @" + m.Index);
        Console.WriteLine(rx.Matches(log).Count);
        Console.WriteLine(Regex.Replace("John Smith, Jane Doe", @"(\w+) (\w+)", "$2 $1"));
        Console.WriteLine(Regex.Replace("a1b22c333", @"(?<n>\d+)", "<${n}>"));
        Console.WriteLine(Regex.Replace("price 10 and 25", @"\d+", m => (int.Parse(m.Value) * 2).ToString()));
        Console.WriteLine(string.Join("|", Regex.Split("a, b;c  ,d", @"\s*[,;]\s*|\s+")));
        Console.WriteLine(Regex.IsMatch("HELLO", "^hello$") + " " + Regex.IsMatch("HELLO", "^hello$", RegexOptions.IgnoreCase));
        var multi = "one\ntwo\nthree";
        Console.WriteLine(Regex.Matches(multi, "^t\\w+", RegexOptions.Multiline).Count + " " + Regex.Matches(multi, "^t\\w+").Count);
        Console.WriteLine(Regex.Match("<b>bold</b><i>it</i>", "<.+?>").Value + " " + Regex.Match("<b>bold</b><i>it</i>", "<.+>").Value.Length);
        Console.WriteLine(Regex.Escape("1+1=2?") + " " + Regex.IsMatch("x1+1=2?", Regex.Escape("1+1=2?")));
        var m2 = Regex.Match("key=", @"(?<k>\w+)=(?<v>\w+)?");
        Console.WriteLine(m2.Success + " [" + m2.Groups["v"].Value + "] " + m2.Groups["v"].Success + " " + m2.Length);
        var ext = Regex.Match("sip:201@pbx.example.com:5060", @"^sip:(?<ext>\d+)@(?<host>[^:]+)(:(?<port>\d+))?$");
        Console.WriteLine(ext.Groups["ext"].Value + " " + ext.Groups["host"].Value + " " + ext.Groups["port"].Value);
        Console.WriteLine(Regex.Replace("  too   many    spaces ", @"\s+", " ").Trim());
        var words = Regex.Matches("The year 1999 and 2024, not 123", @"\b\d{4}\b");
        foreach (Match w in words) Console.Write(w.Value + ";");
        Console.WriteLine();
        Console.WriteLine(Regex.Match("abc", "x").Success + " [" + Regex.Match("abc", "x").Value + "]");
    }
}
