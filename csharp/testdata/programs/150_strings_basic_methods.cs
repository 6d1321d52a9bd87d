// checks: Length, indexer, Substring, IndexOf/LastIndexOf (char and ordinal), Contains, StartsWith/EndsWith, Insert, Remove, Replace
using System;

class Program
{
    static void Main()
    {
        string s = "Hello, World";
        Console.WriteLine(s.Length + " " + s[0] + s[s.Length - 1]);
        Console.WriteLine(s.Substring(7) + "|" + s.Substring(0, 5) + "|" + s.Substring(12) + "|");
        Console.WriteLine(s.IndexOf('o') + " " + s.LastIndexOf('o') + " " + s.IndexOf('z') + " " + s.IndexOf('o', 5));
        Console.WriteLine(s.IndexOf("World", StringComparison.Ordinal) + " " + s.IndexOf("world", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(s.Contains("lo, W") + " " + s.Contains("xyz"));
        Console.WriteLine(s.StartsWith("Hell") + " " + s.EndsWith("ld") + " " + s.StartsWith("hell", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(s.Insert(5, "!!!"));
        Console.WriteLine(s.Remove(5) + "|" + s.Remove(5, 2));
        Console.WriteLine(s.Replace('l', 'L') + " " + s.Replace("World", "There") + " " + s.Replace("l", ""));
        Console.WriteLine(s.IndexOfAny(new[] { ',', 'W' }) + " " + s.LastIndexOf("o", StringComparison.Ordinal));
        Console.WriteLine("aaa".Replace("aa", "b"));
        Console.WriteLine("".Length + " " + string.Empty.Length + " " + (string.Empty == ""));
        Console.WriteLine("abc".IndexOf("", StringComparison.Ordinal) + " " + "abc".Contains(""));
    }
}
