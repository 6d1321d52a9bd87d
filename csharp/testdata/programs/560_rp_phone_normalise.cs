// checks: phone-number normalisation as route-point scripts do it: Trim/Replace/StartsWith/Substring/IndexOf, char tests, Regex, string.Join of parts
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

class Program
{
    static string DigitsOnly(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s)
        {
            if (char.IsDigit(c)) sb.Append(c);
            else if (c == '+' && sb.Length == 0) sb.Append(c);
        }
        return sb.ToString();
    }

    static string Normalise(string raw, string countryCode)
    {
        if (string.IsNullOrWhiteSpace(raw)) return "";
        string s = raw.Trim().Replace(" ", "").Replace("-", "").Replace("(", "").Replace(")", "").Replace("/", "");
        if (s.StartsWith("00")) s = "+" + s.Substring(2);
        else if (s.StartsWith("0")) s = "+" + countryCode + s.Substring(1);
        else if (!s.StartsWith("+")) s = "+" + countryCode + s;
        return DigitsOnly(s);
    }

    static void Main()
    {
        string[] inputs = { " 030 1234-567 ", "0049 (30) 98 76 54", "+49/30/111", "5551234", "  ", null, "tel:+1-202-555-0199", "0171.2345678" };
        foreach (var raw in inputs)
        {
            string n = Normalise(raw, "49");
            Console.WriteLine("[" + (raw ?? "null") + "] -> [" + n + "] len=" + n.Length);
        }

        string num = "+4930123456";
        Console.WriteLine(num.IndexOf("30") + " " + num.IndexOf('3', 4) + " " + num.LastIndexOf('3') + " " + num.IndexOfAny(new[] { '5', '6' }));
        Console.WriteLine(num.Substring(3, 2) + " " + num.Remove(3) + " " + num.Insert(3, " ") + " " + num.PadLeft(14, '*') + "|" + num.PadRight(14) + "|");
        Console.WriteLine(num.TrimStart('+', '4') + " " + "xx123xx".Trim('x') + " " + "..a..".TrimEnd('.'));
        Console.WriteLine(num.EndsWith("456") + " " + num.Contains("0123") + " " + num.ToCharArray().Count(char.IsDigit));

        var ext = new Regex(@"^(?:\+49|0)(?<area>\d{2,4})(?<rest>\d+)$");
        foreach (var s in new[] { "+4930123456", "0891234", "12345" })
        {
            var m = ext.Match(s);
            Console.WriteLine(s + ": " + (m.Success ? m.Groups["area"].Value + "/" + m.Groups["rest"].Value : "no match"));
        }
        Console.WriteLine(Regex.Replace("(030) 123-45 67", @"[^\d+]", ""));
        Console.WriteLine(Regex.IsMatch("+1 202", @"^\+\d") + " " + Regex.IsMatch("202", @"^\+\d"));
        Console.WriteLine(string.Join(" ", Regex.Split("030-123 4567", @"[\s-]+")));

        // masking and grouping
        string masked = num.Substring(0, num.Length - 4) + new string('X', 4);
        Console.WriteLine(masked);
        var groups = new List<string>();
        string digits = "0301234567";
        for (int i = 0; i < digits.Length; i += 3)
            groups.Add(digits.Substring(i, Math.Min(3, digits.Length - i)));
        Console.WriteLine(string.Join(" ", groups));

        // char arithmetic on digits
        int sum = 0;
        foreach (char c in digits) sum += c - '0';
        Console.WriteLine("digit sum " + sum + ", first " + (char)(digits[1] + 1) + ", upper " + char.ToUpper('x') + char.ToLower('Y'));
        Console.WriteLine(char.IsLetter('a') + " " + char.IsLetterOrDigit('_') + " " + char.IsWhiteSpace('\t') + " " + char.IsPunctuation('-') + " " + char.IsUpper('A') + " " + char.IsNumber('5'));
        Console.WriteLine(char.GetNumericValue('7') + " " + (int)'A' + " " + (char)66 + " " + ('a' < 'b'));
        Console.WriteLine("abc".Equals("ABC", StringComparison.OrdinalIgnoreCase) + " " + "sip:100@pbx".Split(':', '@')[1]);
    }
}
