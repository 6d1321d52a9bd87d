// checks: char classification as input validation uses it (GetUnicodeCategory, IsLetter/IsDigit/IsSymbol/IsPunctuation/IsSeparator, GetNumericValue on fractions and other scripts), invariant casing (Turkish i kept), StringBuilder Insert(count)/CopyTo/Replace ranges and bounds errors
using System;
using System.Globalization;
using System.Text;

class Program
{
    static void Main()
    {
        foreach (char c in "aZ5 +-_$(\t½٣€")
            Console.Write(string.Format("{0}:{1} ", (int)c, char.GetUnicodeCategory(c)));
        Console.WriteLine();
        foreach (char c in "a5+-_$ \t")
            Console.Write((char.IsLetter(c) ? "L" : "") + (char.IsDigit(c) ? "D" : "") + (char.IsSymbol(c) ? "S" : "") + (char.IsPunctuation(c) ? "P" : "") + (char.IsSeparator(c) ? "Z" : "") + (char.IsControl(c) ? "C" : "") + (char.IsWhiteSpace(c) ? "W" : "") + "|");
        Console.WriteLine();
        Console.WriteLine(char.GetNumericValue('½') + " " + char.GetNumericValue('٣') + " " + char.GetNumericValue('x') + " " + char.GetNumericValue("a5", 1) + " " + CharUnicodeInfo.GetUnicodeCategory('A') + " " + char.IsDigit('٣') + " " + char.IsNumber('½') + " " + char.IsDigit('½'));
        Console.WriteLine("ıi".ToUpperInvariant() + " " + "İI".ToLowerInvariant() + " " + char.ToUpperInvariant('ı') + " " + "ǆ".ToUpperInvariant() + " " + "ÄÖÜ".ToLowerInvariant() + " " + "straße".ToUpperInvariant() + " " + "ı".Equals("I", StringComparison.OrdinalIgnoreCase) + " " + "Ä".Equals("ä", StringComparison.OrdinalIgnoreCase));

        var sb = new StringBuilder("ab");
        sb.Insert(1, "-", 3).Insert(0, 5).Insert(0, 1.5).Insert(0, true).Insert(2, 'x');
        Console.WriteLine(sb + " " + sb.Length);
        var dest = new char[5];
        new StringBuilder("hello").CopyTo(1, dest, 1, 3);
        Console.WriteLine("[" + new string(dest).Replace('\0', '.') + "] " + new StringBuilder("aaaa").Replace("a", "b", 1, 2) + " " + new StringBuilder("aaaa").Replace('a', 'c', 2, 2));
        try { new StringBuilder("abc").Remove(2, 5); } catch (ArgumentOutOfRangeException) { Console.WriteLine("ArgumentOutOfRangeException"); }
        try { new StringBuilder("abc").ToString(1, 5); } catch (ArgumentOutOfRangeException) { Console.WriteLine("ArgumentOutOfRangeException"); }
        try { new StringBuilder("abc").Insert(4, "x"); } catch (ArgumentOutOfRangeException) { Console.WriteLine("ArgumentOutOfRangeException"); }
        try { new StringBuilder("abc").Insert(0, "x", -1); } catch (ArgumentOutOfRangeException) { Console.WriteLine("ArgumentOutOfRangeException"); }
        try { new StringBuilder("hello").CopyTo(1, new char[2], 0, 3); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
        Console.WriteLine(new StringBuilder().Append((sbyte)-1).Append((short)2).Append((ushort)3).Append(4u).Append(5ul).Append(6.5f).Append((string)null).Append((object)null).Append((char[])null).ToString());
    }
}
