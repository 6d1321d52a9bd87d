// checks: integer to Roman numerals and back, base conversions with char arithmetic, Luhn checksum on digit strings
using System;
using System.Text;

class Program
{
    static readonly int[] Vals = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
    static readonly string[] Syms = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };

    static string ToRoman(int n)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < Vals.Length; i++) while (n >= Vals[i]) { sb.Append(Syms[i]); n -= Vals[i]; }
        return sb.ToString();
    }

    static int FromRoman(string s)
    {
        int total = 0;
        for (int i = 0; i < s.Length; i++)
        {
            int v = Value(s[i]);
            if (i + 1 < s.Length && v < Value(s[i + 1])) total -= v; else total += v;
        }
        return total;
    }

    static int Value(char c) { switch (c) { case 'I': return 1; case 'V': return 5; case 'X': return 10; case 'L': return 50; case 'C': return 100; case 'D': return 500; default: return 1000; } }

    static string ToBase(long n, int b)
    {
        if (n == 0) return "0";
        var sb = new StringBuilder();
        bool neg = n < 0; if (neg) n = -n;
        while (n > 0) { int d = (int)(n % b); sb.Insert(0, (char)(d < 10 ? '0' + d : 'a' + d - 10)); n /= b; }
        return (neg ? "-" : "") + sb;
    }

    static bool Luhn(string digits)
    {
        int sum = 0; bool dbl = false;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            int d = digits[i] - '0';
            if (dbl) { d *= 2; if (d > 9) d -= 9; }
            sum += d; dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    static void Main()
    {
        foreach (var n in new[] { 1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999 }) Console.Write(ToRoman(n) + "=" + FromRoman(ToRoman(n)) + " ");
        Console.WriteLine();
        Console.WriteLine(ToBase(255, 2) + " " + ToBase(255, 16) + " " + ToBase(-35, 36) + " " + ToBase(0, 7) + " " + ToBase(long.MaxValue, 36));
        Console.WriteLine(Luhn("79927398713") + " " + Luhn("79927398710") + " " + Luhn("4111111111111111"));
    }
}
