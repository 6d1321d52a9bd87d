// checks: Regex instance overloads with counts and start positions: Split(input, count[, startat]) with captured separators, Replace with count/startat and evaluators, IsMatch/Match/Matches from a start index, Match.Result substitutions, GetGroupNumbers
using System;
using System.Text.RegularExpressions;

class Program
{
    static void Main()
    {
        var comma = new Regex(@"\s*,\s*");
        Console.WriteLine(string.Join("|", comma.Split("a , b,c ,d", 3)) + " # " + string.Join("|", comma.Split("a,b,c,d", 0, 2)) + " # " + string.Join("|", comma.Split("a,b", 1)));
        Console.WriteLine(string.Join("|", new Regex("([-+])").Split("1+2-3+4", 3)) + " # " + string.Join("|", new Regex("(?<op>[-+])").Split("1+2")));
        Console.WriteLine(comma.Replace("a,b,c,d", ";", -1, 2) + " # " + comma.Replace("a,b,c,d", ";", 2) + " # " + comma.Replace("a,b,c,d", ";", 0) + " # " + comma.Replace("a,b,c", m => "<" + m.Index + ">", 1, 0));
        var digits = new Regex(@"\d+");
        Console.WriteLine(digits.IsMatch("ab12", 3) + " " + digits.IsMatch("12ab", 2) + " " + digits.Match("a1b22c333", 2).Value + " " + digits.Matches("a1b22c333", 3).Count);
        Console.WriteLine(digits.Replace("call 100 then 200 then 300", m => (int.Parse(m.Value) + 1).ToString(), 2));
        var kv = new Regex(@"(?<key>\w+)=(?<value>\w+)");
        var match = kv.Match("user=alice; ext=100");
        Console.WriteLine(match.Result("${value}@${key}") + " " + match.Result("[$0] $$ [$1]") + " " + match.NextMatch().Result("$2:$1"));
        Console.WriteLine(string.Join(",", kv.GetGroupNumbers()) + " " + string.Join(",", kv.GetGroupNames()) + " " + kv.GroupNumberFromName("value") + " " + kv.GroupNumberFromName("nope"));
        string log = "12:00 IN 100; 12:05 OUT 200; 12:09 IN 300";
        var ev = new Regex(@"(?<t>\d\d:\d\d) (?<dir>IN|OUT) (?<ext>\d+)");
        int pos = 0;
        Match m2;
        while ((m2 = ev.Match(log, pos)).Success)
        {
            Console.Write(m2.Groups["dir"].Value + m2.Groups["ext"].Value + "@" + m2.Index + " ");
            pos = m2.Index + m2.Length;
        }
        Console.WriteLine();
        Console.WriteLine(Regex.Replace("Hello World", "o", m => m.Value.ToUpper(), RegexOptions.IgnoreCase) + " " + Regex.Replace("A-b-C", "[a-z]", "_", RegexOptions.IgnoreCase));
        try { digits.Match("abc", 5); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("ArgumentOutOfRangeException"); }
        try { comma.Split("a,b", -1); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("ArgumentOutOfRangeException"); }
    }
}
