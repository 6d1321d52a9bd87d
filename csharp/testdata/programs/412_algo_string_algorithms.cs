// checks: string algorithms: reverse words, anagram check via sorted chars, run-length encoding/decoding, Caesar cipher, vowel counting
using System;
using System.Linq;
using System.Text;

class Program
{
    static string Rle(string s)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < s.Length;)
        {
            int j = i;
            while (j < s.Length && s[j] == s[i]) j++;
            sb.Append(j - i).Append(s[i]);
            i = j;
        }
        return sb.ToString();
    }

    static string UnRle(string s)
    {
        var sb = new StringBuilder();
        int n = 0;
        foreach (var c in s) { if (char.IsDigit(c)) n = n * 10 + (c - '0'); else { sb.Append(c, n); n = 0; } }
        return sb.ToString();
    }

    static string Caesar(string s, int k) => new string(s.Select(c => char.IsLetter(c) ? (char)((char.ToLower(c) - 'a' + k + 26) % 26 + 'a') : c).ToArray());

    static void Main()
    {
        Console.WriteLine(string.Join(" ", "please hold the line".Split(' ').Reverse()));
        Func<string, string> key = w => new string(w.ToLower().OrderBy(c => c).ToArray());
        Console.WriteLine((key("Listen") == key("Silent")) + " " + (key("abc") == key("abd")));
        var r = Rle("aaabccddddde");
        Console.WriteLine(r + " " + UnRle(r) + " " + UnRle("12x1y"));
        var enc = Caesar("Hello, World", 3);
        Console.WriteLine(enc + " " + Caesar(enc, -3));
        Console.WriteLine("route point scripting".Count(c => "aeiou".IndexOf(c) >= 0));
    }
}
