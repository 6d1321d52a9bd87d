// checks: string members at their edges: IndexOf/LastIndexOf with start and count, IndexOfAny/LastIndexOfAny, Split counts and options, Substring/Remove/Insert errors, Trim sets, Pad, Concat/Join with nulls, Equals/Compare overloads, Replace with empty, surrogate lengths
using System;

class Program
{
    static void Try(string what, Func<object> f)
    {
        try { Console.WriteLine(what + " = " + (f() ?? "null")); }
        catch (Exception e) { Console.WriteLine(what + " ! " + e.GetType().Name); }
    }

    static void Main()
    {
        string s = "abcabcabc";
        Console.WriteLine(s.IndexOf("bc", 2) + " " + s.IndexOf("bc", 2, 3) + " " + s.IndexOf('c', 3, 2) + " " + s.LastIndexOf("abc") + " " + s.LastIndexOf('a', 5) + " " + s.LastIndexOf("bc", 5, 3) + " " + s.IndexOf("") + " " + s.LastIndexOf('z'));
        Console.WriteLine(s.IndexOfAny(new[] { 'c', 'b' }) + " " + s.IndexOfAny(new[] { 'c' }, 3) + " " + s.LastIndexOfAny(new[] { 'a', 'b' }) + " " + s.LastIndexOfAny(new[] { 'a' }, 5) + " " + s.IndexOfAny(new char[0]));
        Console.WriteLine(string.Join("|", "a,b,c,d".Split(new[] { ',' }, 2)) + " " + string.Join("|", "a,,b,".Split(new[] { ',' }, 3, StringSplitOptions.RemoveEmptyEntries)) + " " + "a\tb c".Split().Length);
        Console.WriteLine(string.Join("|", "x--y--".Split(new[] { "--" }, StringSplitOptions.None)) + " " + string.Join("|", "x--y--".Split(new[] { "--" }, StringSplitOptions.RemoveEmptyEntries)) + " " + "abc".Split(new[] { ',' }, 0).Length);
        Try("Substring(10)", () => s.Substring(10));
        Try("Substring(9)", () => "[" + s.Substring(9) + "]");
        Try("Substring(-1)", () => s.Substring(-1));
        Try("Substring(5,5)", () => s.Substring(5, 5));
        Try("Remove(3,2)", () => s.Remove(3, 2));
        Try("Remove(20)", () => s.Remove(20));
        Try("Insert(9,!)", () => s.Insert(9, "!"));
        Try("Insert(10,!)", () => s.Insert(10, "!"));
        Try("Insert(null)", () => s.Insert(0, null));
        Try("IndexOf(null)", () => s.IndexOf((string)null));
        Try("IndexOf(a,20)", () => s.IndexOf("a", 20));
        Try("PadLeft(-1)", () => s.PadLeft(-1));
        Try("Replace(\"\",x)", () => s.Replace("", "x"));
        Try("Replace(null,x)", () => s.Replace(null, "x"));
        Try("Replace(bc,null)", () => s.Replace("bc", null));
        Try("string[5]", () => "abc"[5]);
        Try("Format({1})", () => string.Format("{1}", 1));
        Try("Format({0)", () => string.Format("{0", 1));
        Try("Format(null)", () => string.Format(null, 1));
        Try("Join(null sep)", () => string.Join(null, "a", "b"));
        Try("Concat(nulls)", () => string.Concat(null, "a", null, 1) + "|" + string.Concat((string)null, null) + "|");
        Try("Join(nulls)", () => string.Join(",", new string[] { null, "a", null }));
        Console.WriteLine("[" + "..x..".Trim('.') + "][" + "xyxhixy".Trim('x', 'y') + "][" + " \t\n x \r\n".Trim() + "][" + "abc".TrimEnd("cb".ToCharArray()) + "][" + "abc".TrimStart() + "]");
        Console.WriteLine("[" + "7".PadLeft(3, '0') + "][" + "abcd".PadLeft(2) + "][" + "ab".PadRight(4, '.') + "]");
        Console.WriteLine(string.Equals("a", "A", StringComparison.OrdinalIgnoreCase) + " " + "a".Equals(null) + " " + string.Equals(null, "a") + " " + string.CompareOrdinal("a", "B") + " " + Math.Sign(string.Compare("a", "B", StringComparison.Ordinal)) + " " + Math.Sign(string.Compare("a", "B", StringComparison.OrdinalIgnoreCase)));
        Console.WriteLine("Straße".ToUpperInvariant() + " " + "İ".ToLowerInvariant().Length + " " + "ÀÉÎ".ToLower() + " " + "abc".ToUpper().ToLower());
        string emoji = "a😀b";
        Console.WriteLine(emoji.Length + " " + emoji.IndexOf('b') + " " + char.IsSurrogate(emoji[1]) + " " + char.IsHighSurrogate(emoji, 1) + " " + emoji.Substring(1, 2) + " " + char.ConvertToUtf32(emoji, 1).ToString("X"));
        Console.WriteLine(string.IsNullOrEmpty(" ") + " " + string.IsNullOrWhiteSpace(" \t") + " " + string.IsNullOrWhiteSpace(null) + " " + (string.Empty == "") + " " + "".Length + " " + string.Copy("x") + " " + "abc".Contains("") + " " + "abc".StartsWith("") + " " + "".EndsWith(""));
        Console.WriteLine("a-b-c".Replace('-', '+') + " " + "aaa".Replace("aa", "b") + " " + "abc".Replace("B", "x") + " " + "x".Replace("x", ""));
        Console.WriteLine(string.Concat(new object[] { 1, 'c', 2.5, true, null }) + " " + string.Concat("a", "b", "c", "d") + " " + string.Format("{0}{1}{2}{3}{4}", 1, 2, 3, 4, 5) + " " + string.Format("{{{0}}} {{}}", 7));
        char[] arr = { 'h', 'e', 'l', 'l', 'o' };
        Console.WriteLine(new string(arr, 1, 3) + " " + new string('=', 3) + " " + string.Join("", arr) + " " + arr.Length + " " + new string(arr).ToCharArray(1, 2).Length);
        Console.WriteLine(s.CompareTo("abd") + " " + "b".CompareTo("a") + " " + "abc".CompareTo("abc") + " " + string.Compare("abc", 1, "xbc", 1, 2) + " " + string.Compare("Abc", "abc", true) + " " + string.Compare("a", null));
    }
}
