// checks: loops with IndexOf from a start index to count occurrences; Substring-based tokenizer; string reversal and palindromes
using System;
using System.Collections.Generic;

class Program
{
    static int Count(string hay, string needle)
    {
        int n = 0, i = 0;
        while ((i = hay.IndexOf(needle, i, StringComparison.Ordinal)) >= 0) { n++; i += needle.Length; }
        return n;
    }

    static List<string> Tokens(string s)
    {
        var r = new List<string>();
        int start = -1;
        for (int i = 0; i <= s.Length; i++)
        {
            bool word = i < s.Length && char.IsLetterOrDigit(s[i]);
            if (word && start < 0) start = i;
            if (!word && start >= 0) { r.Add(s.Substring(start, i - start)); start = -1; }
        }
        return r;
    }

    static bool IsPalindrome(string s)
    {
        for (int i = 0, j = s.Length - 1; i < j; i++, j--) if (char.ToLower(s[i]) != char.ToLower(s[j])) return false;
        return true;
    }

    static void Main()
    {
        Console.WriteLine(Count("abababa", "aba") + " " + Count("aaaa", "a") + " " + Count("xyz", "q"));
        Console.WriteLine(string.Join("|", Tokens("Call 101, then 102; done!")));
        Console.WriteLine(IsPalindrome("Racecar") + " " + IsPalindrome("route"));
    }
}
