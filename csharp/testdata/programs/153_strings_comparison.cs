// checks: == and Equals are ordinal, StringComparison options, string.Compare and CompareOrdinal signs, CompareTo on simple ASCII words
using System;

class Program
{
    static int Sign(int x) { return Math.Sign(x); }

    static void Main()
    {
        string a = "apple", b = "Apple";
        Console.WriteLine((a == b) + " " + a.Equals(b) + " " + a.Equals(b, StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(string.Equals(a, b, StringComparison.OrdinalIgnoreCase) + " " + string.Equals(null, null));
        Console.WriteLine(Sign(string.CompareOrdinal("a", "b")) + " " + Sign(string.CompareOrdinal("B", "a")) + " " + Sign(string.CompareOrdinal("abc", "ab")));
        Console.WriteLine(Sign(string.Compare("apple", "banana")) + " " + Sign(string.Compare("cherry", "banana")) + " " + Sign(string.Compare("same", "same")));
        Console.WriteLine(Sign(string.Compare("abc", "ABC", StringComparison.OrdinalIgnoreCase)));
        Console.WriteLine(Sign(string.Compare("abc", "ABD", true)));
        Console.WriteLine(Sign("pear".CompareTo("peach")) + " " + Sign("a".CompareTo(null)));
        Console.WriteLine(Sign(string.Compare(null, "x")) + " " + Sign(string.Compare("x", null)));
        Console.WriteLine("Hello".Equals("hello", StringComparison.InvariantCultureIgnoreCase));
        Console.WriteLine(StringComparer.OrdinalIgnoreCase.Equals("SIP", "sip") + " " + StringComparer.Ordinal.Equals("SIP", "sip"));
        object o1 = "text", o2 = new string("text".ToCharArray());
        Console.WriteLine((o1 == o2) + " " + o1.Equals(o2) + " " + ((string)o1 == (string)o2));
    }
}
