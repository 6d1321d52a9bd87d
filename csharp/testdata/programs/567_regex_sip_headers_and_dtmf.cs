// checks: Regex as scripts use it on SIP headers, caller ids and DTMF input: named groups, Matches, Replace with groups and evaluators, Split, options, escaping, Match.NextMatch, Groups by index
using System;
using System.Linq;
using System.Text.RegularExpressions;

class Program
{
    static void Main()
    {
        string header = "\"Alice Smith\" <sip:+4930123456@pbx.example.com:5060;transport=udp>;tag=abc123";
        var m = Regex.Match(header, "^\"(?<name>[^\"]*)\"\\s*<sip:(?<user>[^@>]+)@(?<host>[^:;>]+)(?::(?<port>\\d+))?(?<params>[^>]*)>(?:;tag=(?<tag>\\w+))?");
        Console.WriteLine(m.Success + " [" + m.Groups["name"].Value + "] [" + m.Groups["user"].Value + "] [" + m.Groups["host"].Value + "] [" + m.Groups["port"].Value + "] [" + m.Groups["params"].Value + "] [" + m.Groups["tag"].Value + "]");
        Console.WriteLine(m.Groups["port"].Success + " " + m.Groups[0].Index + " " + m.Groups["user"].Index + " " + m.Groups["user"].Length + " " + m.Groups.Count);

        var noPort = Regex.Match("<sip:200@pbx>", "<sip:(?<user>[^@>]+)@(?<host>[^:;>]+)(?::(?<port>\\d+))?>");
        Console.WriteLine(noPort.Groups["port"].Success + " [" + noPort.Groups["port"].Value + "] " + noPort.Groups["host"].Value);

        string digits = "1*23#4**5#";
        foreach (Match d in Regex.Matches(digits, @"(\d+)([*#]+)"))
            Console.Write(d.Groups[1].Value + "/" + d.Groups[2].Value + "@" + d.Index + " ");
        Console.WriteLine();
        Console.WriteLine(Regex.Matches("a1b22c333", @"\d+").Count + " " + string.Join(",", Regex.Matches("a1b22c333", @"\d+").Select(x => x.Value)));

        Console.WriteLine(Regex.Replace("030-1234 567", @"(\d{3})-(\d{4}) (\d+)", "($1) $2-$3"));
        Console.WriteLine(Regex.Replace("John Smith", @"(?<first>\w+) (?<last>\w+)", "${last}, ${first}"));
        Console.WriteLine(Regex.Replace("ext 12 and ext 345", @"\d+", mm => (int.Parse(mm.Value) * 2).ToString()));
        Console.WriteLine(Regex.Replace("  too   many    spaces ", @"\s+", " ").Trim());
        Console.WriteLine(Regex.Replace("aaa", "a", "b", RegexOptions.None) + " " + new Regex("a").Replace("aaaa", "b", 2));
        Console.WriteLine(string.Join("|", Regex.Split("one, two;three ,four", @"\s*[,;]\s*")));
        Console.WriteLine(string.Join("|", Regex.Split("a1b2c", @"(\d)")));

        Console.WriteLine(Regex.IsMatch("SIP/2.0 200 OK", @"^sip/2\.0 2\d\d", RegexOptions.IgnoreCase) + " " + Regex.IsMatch("SIP/2.0 200 OK", @"^sip/2\.0 2\d\d"));
        string multi = "line1: a\nline2: b\nother: c";
        Console.WriteLine(Regex.Matches(multi, @"^line\d", RegexOptions.Multiline).Count + " " + Regex.Matches(multi, @"^line\d").Count);
        Console.WriteLine(Regex.Escape("1+1=2? [yes] (sure) *.*") + " " + Regex.Unescape(@"a\.b\+c"));
        var re = new Regex(@"(?<key>\w+)=(?<val>[^;]*)", RegexOptions.Compiled);
        var kv = re.Match("user=100;domain=pbx;transport=tcp");
        while (kv.Success)
        {
            Console.Write(kv.Groups["key"].Value + "->" + kv.Groups["val"].Value + " ");
            kv = kv.NextMatch();
        }
        Console.WriteLine();
        Console.WriteLine(re.GetGroupNames().Length + " " + string.Join(",", re.GetGroupNames()) + " " + re.ToString());
        var pin = new Regex(@"^\d{4,6}$");
        foreach (var p in new[] { "1234", "12345678", "12a4", "", "000000" }) Console.Write(pin.IsMatch(p) ? "Y" : "N");
        Console.WriteLine();
        var email = Regex.Match("Contact: bob.jones@example.org, alice@test.net", @"[\w.]+@[\w.]+\.\w+");
        Console.WriteLine(email.Value + " " + email.NextMatch().Value + " " + email.NextMatch().NextMatch().Success);
        Console.WriteLine(Regex.Match("abc", "x").Value.Length + " " + Regex.Match("abc", "(?i)B").Value + " " + Regex.Match("2024-03-09", @"(\d+)-(\d+)-(\d+)").Groups[3].Value);
    }
}
