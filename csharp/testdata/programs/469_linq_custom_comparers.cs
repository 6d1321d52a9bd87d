// checks: OrderBy with a custom IComparer<T>, Distinct/GroupBy with a custom IEqualityComparer<T>, ToDictionary with a comparer
using System;
using System.Collections.Generic;
using System.Linq;

class LengthThenOrdinal : IComparer<string>
{
    public int Compare(string a, string b) { int c = a.Length.CompareTo(b.Length); return c != 0 ? c : string.CompareOrdinal(a, b); }
}

class DigitsOnly : IEqualityComparer<string>
{
    static string Norm(string s) => new string(s.Where(char.IsDigit).ToArray());
    public bool Equals(string a, string b) => Norm(a) == Norm(b);
    public int GetHashCode(string s) => Norm(s).Length;
}

class Program
{
    static void Main()
    {
        var words = new[] { "queue", "ivr", "ext", "voicemail", "fax", "ringgroup" };
        Console.WriteLine(string.Join(" ", words.OrderBy(w => w, new LengthThenOrdinal())));
        var numbers = new[] { "030-123", "030 123", "(030)123", "040-1", "0401" };
        Console.WriteLine(string.Join(" | ", numbers.Distinct(new DigitsOnly())));
        foreach (var g in numbers.GroupBy(n => n, new DigitsOnly())) Console.WriteLine(g.Key + " x" + g.Count());
        var dict = numbers.Take(4).Skip(2).ToDictionary(n => n, n => n.Length, new DigitsOnly());
        Console.WriteLine(dict["030123"] + " " + dict.ContainsKey("04-01"));
    }
}
