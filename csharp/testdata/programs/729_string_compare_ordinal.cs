// checks: string comparison: ordinal vs culture-invariant ordering of ASCII letters with distinct letters, CompareOrdinal sign, Compare with ignoreCase and StringComparison, Equals with OrdinalIgnoreCase, StartsWith/EndsWith/IndexOf with StringComparison.Ordinal, ToUpperInvariant, CompareTo, sorting with different comparers on words without case ties, == is ordinal
using System;
using System.Collections.Generic;

class Program
{
    static int S(int x) => Math.Sign(x);

    static void Main()
    {
        Console.WriteLine(S(string.CompareOrdinal("apple", "Banana")) + " " + S(string.Compare("apple", "Banana", StringComparison.Ordinal)) + " " + S(string.Compare("apple", "Banana", StringComparison.InvariantCulture)));
        Console.WriteLine(S(string.Compare("abc", "ABD", true)) + " " + S(string.Compare("abc", "ABC", StringComparison.OrdinalIgnoreCase)) + " " + S(string.Compare("a", "ab")) + " " + S(string.Compare(null, "a")) + " " + S(string.Compare(null, null)));
        Console.WriteLine(S("b".CompareTo("a")) + " " + S("a".CompareTo("b")) + " " + S("x".CompareTo((string)null)));
        Console.WriteLine(string.Equals("Hello", "hello") + " " + string.Equals("Hello", "hello", StringComparison.OrdinalIgnoreCase) + " " + "Hello".Equals("HELLO", StringComparison.InvariantCultureIgnoreCase));
        Console.WriteLine("Report.PDF".EndsWith(".pdf") + " " + "Report.PDF".EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) + " " + "sip:100".StartsWith("SIP:", StringComparison.OrdinalIgnoreCase) + " " + "abc".StartsWith(""));
        Console.WriteLine("Hello World".IndexOf("world") + " " + "Hello World".IndexOf("world", StringComparison.OrdinalIgnoreCase) + " " + "Hello World".IndexOf('o') + " " + "Hello World".LastIndexOf('o') + " " + "abc".IndexOf(""));
        var words = new List<string> { "delta", "Alpha", "charlie", "Bravo", "echo" };
        var ord = new List<string>(words); ord.Sort(StringComparer.Ordinal);
        var inv = new List<string>(words); inv.Sort(StringComparer.InvariantCulture);
        var ic = new List<string>(words); ic.Sort(StringComparer.OrdinalIgnoreCase);
        var def = new List<string>(words); def.Sort();
        Console.WriteLine(string.Join(" ", ord));
        Console.WriteLine(string.Join(" ", inv));
        Console.WriteLine(string.Join(" ", ic));
        Console.WriteLine(string.Join(" ", def));
        string a = "te" + "st", b = new string(new[] { 't', 'e', 's', 't' });
        Console.WriteLine((a == b) + " " + (a.ToUpperInvariant() == "TEST") + " " + "TeSt".ToLowerInvariant());
        Console.WriteLine(S(string.CompareOrdinal("a", "b")) + " " + S(string.CompareOrdinal("Z", "a")) + " " + S(string.CompareOrdinal("abc", "abcd")));
        Console.WriteLine(S(string.Compare("file10", "file9", StringComparison.Ordinal)) + " " + S(string.Compare("2", "10", StringComparison.Ordinal)));
        Console.WriteLine("Straße".Length + " " + "ÄÖÜ".ToLowerInvariant() + " " + "ß".ToUpperInvariant());
        Console.WriteLine("a-b".Contains("-") + " " + "abc".Contains("") + " " + "ABC".Contains("b"));
    }
}
