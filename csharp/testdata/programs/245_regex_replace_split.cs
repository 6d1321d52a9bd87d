// checks: Regex.Replace with $1/${name} substitutions and MatchEvaluator, Regex.Split, Escape, multiline anchors, non-greedy quantifiers
using System;
using System.Text.RegularExpressions;

class Program
{
    static void Main()
    {
        Console.WriteLine(Regex.Replace("2024-03-09", @"(\d+)-(\d+)-(\d+)", "$3.$2.$1"));
        Console.WriteLine(Regex.Replace("John Smith", @"(?<f>\w+) (?<l>\w+)", "${l}, ${f}"));
        Console.WriteLine(Regex.Replace("a1b2c3", @"\d", m => (int.Parse(m.Value) * 2).ToString()));
        Console.WriteLine(Regex.Replace("  many   spaces  here ", @"\s+", " ").Trim());
        Console.WriteLine(Regex.Replace("+49 (30) 123-456", @"[^\d+]", ""));
        Console.WriteLine(string.Join("|", Regex.Split("a1b22c", @"\d+")));
        Console.WriteLine(string.Join("|", Regex.Split("one, two;three", @"[,;]\s*")));
        Console.WriteLine(Regex.Escape("1+1=2? (yes) [ok] $5 .*"));
        Console.WriteLine(Regex.Matches("line1\nline2\nline3", @"^line\d$", RegexOptions.Multiline).Count);
        Console.WriteLine(Regex.Match("<b>bold</b><i>it</i>", "<.+?>").Value + " " + Regex.Match("<b>bold</b>", "<.+>").Value);
        Console.WriteLine(Regex.Replace("aaa", "a*", "X"));
        Console.WriteLine(Regex.Replace("abc", "", "-"));
        Console.WriteLine(Regex.Replace("cost: 5", @"\d", "$$$0"));
        var re = new Regex(@"\bcat\b", RegexOptions.IgnoreCase);
        Console.WriteLine(re.Replace("Cat catalog cat", "dog"));
        Console.WriteLine(Regex.Replace("x", "x", "$1"));
    }
}
