// checks: char and int conversions: (int)'A', (char)66, char + int is int, char arithmetic in loops, char.IsDigit/IsLetter/IsWhiteSpace/IsUpper/IsPunctuation, char.GetNumericValue, digit parsing via c - '0', char.ToUpper/ToLower, Caesar cipher, hex digits, char comparisons, ushort conversions, string from repeated char, char.ToString and string indexing
using System;
using System.Text;

class Program
{
    static string Caesar(string s, int k)
    {
        var sb = new StringBuilder();
        foreach (char c in s)
        {
            if (char.IsUpper(c)) sb.Append((char)('A' + (c - 'A' + k + 26) % 26));
            else if (char.IsLower(c)) sb.Append((char)('a' + (c - 'a' + k + 26) % 26));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    static int ParseInt(string s)
    {
        int sign = 1, i = 0, v = 0;
        if (s[0] == '-') { sign = -1; i = 1; }
        for (; i < s.Length; i++) v = v * 10 + (s[i] - '0');
        return sign * v;
    }

    static void Main()
    {
        Console.WriteLine((int)'A' + " " + (char)66 + " " + ('a' + 1) + " " + (char)('a' + 1) + " " + (int)'0' + " " + (int)' ');
        char c = 'x';
        c++;
        c += (char)1;
        Console.WriteLine(c + " " + (c > 'w') + " " + ('Z' < 'a'));
        var sb = new StringBuilder();
        for (char ch = 'a'; ch <= 'e'; ch++) sb.Append(ch);
        Console.WriteLine(sb);
        Console.WriteLine(char.IsDigit('7') + " " + char.IsLetter('7') + " " + char.IsWhiteSpace('\t') + " " + char.IsUpper('Q') + " " + char.IsPunctuation('!') + " " + char.IsLetterOrDigit('_') + " " + char.IsControl('\n'));
        Console.WriteLine(char.GetNumericValue('8') + " " + char.GetNumericValue('x') + " " + ('9' - '0') + " " + char.ToUpper('q') + char.ToLower('Q'));
        Console.WriteLine(ParseInt("-1234") + ParseInt("66"));
        Console.WriteLine(Caesar("Hello, World!", 3) + " " + Caesar(Caesar("Hello, World!", 3), -3));
        const string hex = "0123456789ABCDEF";
        int n = 48879;
        var hx = new StringBuilder();
        while (n > 0) { hx.Insert(0, hex[n % 16]); n /= 16; }
        Console.WriteLine(hx + " " + Convert.ToInt32("BEEF", 16) + " " + Convert.ToString(255, 2) + " " + Convert.ToString(-1, 16));
        Console.WriteLine(new string('*', 5) + " " + 'x'.ToString() + "yz"[1] + " " + "abc"[2].GetType().Name);
        ushort u = 'A';
        int fromChar = 'z';
        char fromInt = (char)0x263A;
        Console.WriteLine(u + " " + fromChar + " " + (int)fromInt + " " + (char)(u + 2));
        Console.WriteLine(char.IsSurrogate("😀"[0]) + " " + "😀".Length + " " + char.ConvertFromUtf32(0x41) + " " + char.ConvertToUtf32("😀", 0));
        int sum = 0;
        foreach (var d in "2024") sum += d - '0';
        Console.WriteLine("digit sum " + sum);
        Console.WriteLine(string.Join(",", "a1b2".ToCharArray()) + " " + char.MaxValue.Equals('\uffff') + " " + (int)char.MinValue);
        Console.WriteLine('a'.CompareTo('b') + " " + 'b'.CompareTo('a') + " " + char.Parse("Q") + " " + char.IsDigit("a1", 1));
    }
}
