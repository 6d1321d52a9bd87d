// checks: everyday string processing: Split with count and options, Join of objects, PadLeft/PadRight for tables, Trim/TrimStart/TrimEnd with chars, Substring/Remove/Insert, Replace chains, IndexOf loops to count occurrences, ToCharArray/Array.Reverse palindromes, string.Concat(IEnumerable), Contains/StartsWith, IsNullOrWhiteSpace, string.Format of a table, CSV line parsing with quoted fields
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

class Program
{
    static List<string> ParseCsv(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        fields.Add(sb.ToString());
        return fields;
    }

    static int Count(string s, string sub)
    {
        int n = 0;
        for (int i = s.IndexOf(sub, StringComparison.Ordinal); i >= 0; i = s.IndexOf(sub, i + sub.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    static bool IsPalindrome(string s)
    {
        var clean = new string(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        var arr = clean.ToCharArray();
        Array.Reverse(arr);
        return clean == new string(arr);
    }

    static void Main()
    {
        Console.WriteLine(string.Join("|", "a,b,,c,".Split(',')));
        Console.WriteLine(string.Join("|", "a,b,,c,".Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries)));
        Console.WriteLine(string.Join("|", "key=value=more".Split(new[] { '=' }, 2)));
        Console.WriteLine(string.Join("|", "one  two\tthree\nfour".Split((char[])null, StringSplitOptions.RemoveEmptyEntries)));
        Console.WriteLine(string.Join("|", "a--b--c".Split(new[] { "--" }, StringSplitOptions.None)));
        Console.WriteLine(string.Join(", ", new object[] { 1, "two", 3.5, null, 'c', true }));
        var rows = new[] { ("Alice", 42, 3.5), ("Bob", 7, 12.25), ("Christina", 1234, 0.5) };
        foreach (var r in rows)
            Console.WriteLine("|" + r.Item1.PadRight(10) + "|" + r.Item2.ToString().PadLeft(6) + "|" + r.Item3.ToString("F2").PadLeft(7, '.') + "|");
        Console.WriteLine("[" + "  xx  ".Trim() + "][" + "  xx  ".TrimStart() + "][" + "  xx  ".TrimEnd() + "][" + "--x-y--".Trim('-') + "][" + "0012300".TrimStart('0').TrimEnd('0') + "]");
        var s = "Hello, World";
        Console.WriteLine(s.Substring(7) + " " + s.Substring(0, 5) + " " + s.Remove(5) + " " + s.Remove(5, 2) + " " + s.Insert(5, "!!!"));
        Console.WriteLine(s.Replace("l", "L").Replace("World", "There").ToUpper().ToLower());
        Console.WriteLine(Count("the cat and the hat and the bat", "the") + " " + Count("aaaa", "aa") + " " + Count("abc", "x"));
        foreach (var p in new[] { "A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?" })
            Console.WriteLine(IsPalindrome(p));
        Console.WriteLine(string.Concat(Enumerable.Range(1, 5)) + " " + string.Concat("ab", "cd", "ef") + " " + string.Concat(new[] { "x", "y" }));
        Console.WriteLine(string.IsNullOrWhiteSpace(" \t ") + " " + string.IsNullOrEmpty("") + " " + string.IsNullOrEmpty(" ") + " " + string.IsNullOrWhiteSpace(null));
        foreach (var f in ParseCsv("101,\"Smith, John\",\"said \"\"hi\"\"\",,end"))
            Console.Write("<" + f + ">");
        Console.WriteLine();
        var title = string.Join(" ", "the quick brown fox".Split(' ').Select(w => char.ToUpper(w[0]) + w.Substring(1)));
        Console.WriteLine(title);
        Console.WriteLine(new string('=', 10) + " " + "abc".PadLeft(2) + " " + "ab".PadRight(4, '*') + " " + string.Empty.Length);
        Console.WriteLine("a,b;c d".IndexOfAny(new[] { ';', ' ' }) + " " + "hello".LastIndexOf("l") + " " + "hello".IndexOf('l', 3) + " " + "Mississippi".Replace("ss", "SS", StringComparison.Ordinal));
        Console.WriteLine(string.Join(",", "a1b2c3".Where(char.IsDigit)) + " " + "abc".Reverse().Aggregate("", (acc, ch) => acc + ch));
    }
}
