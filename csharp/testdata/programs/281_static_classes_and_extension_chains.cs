// checks: static utility classes, fluent extension chains over string and IEnumerable, extension method on a generic constrained type
using System;
using System.Collections.Generic;
using System.Linq;

static class PhoneNumber
{
    public static string Digits(this string n) => new string(n.Where(c => char.IsDigit(c) || c == '+').ToArray());
    public static string ToE164(this string n, string country = "49") => n.StartsWith("+") ? n : n.StartsWith("0") ? "+" + country + n.Substring(1) : "+" + country + n;
    public static bool IsInternal(this string n) => n.Length <= 4 && n.All(char.IsDigit);
    public static string Describe<T>(this IEnumerable<T> xs) where T : IComparable<T> => xs.Any() ? "min " + xs.Min() + " max " + xs.Max() : "empty";
}

class Program
{
    static void Main()
    {
        foreach (var raw in new[] { "030 / 123-45", "+49 (30) 999", "101", "0171 555" })
        {
            var n = raw.Digits();
            Console.WriteLine(raw + " -> " + n + " -> " + (n.IsInternal() ? "internal" : n.ToE164()));
        }
        Console.WriteLine(new[] { 3, 9, 1 }.Describe() + "; " + new string[0].Describe() + "; " + new[] { "b", "a" }.Describe());
    }
}
