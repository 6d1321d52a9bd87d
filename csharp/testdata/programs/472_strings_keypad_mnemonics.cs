// checks: char mapping for phone keypad mnemonics (1-800-FLOWERS), char.ToUpperInvariant, switch on char ranges via if chains
using System;
using System.Text;

class Program
{
    static char Key(char c)
    {
        c = char.ToUpperInvariant(c);
        if (c >= 'A' && c <= 'C') return '2';
        if (c >= 'D' && c <= 'F') return '3';
        if (c >= 'G' && c <= 'I') return '4';
        if (c >= 'J' && c <= 'L') return '5';
        if (c >= 'M' && c <= 'O') return '6';
        if (c >= 'P' && c <= 'S') return '7';
        if (c >= 'T' && c <= 'V') return '8';
        if (c >= 'W' && c <= 'Z') return '9';
        return c;
    }

    static string Dialable(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s) { var k = Key(c); if (char.IsDigit(k) || k == '+' || k == '*' || k == '#') sb.Append(k); }
        return sb.ToString();
    }

    static void Main()
    {
        foreach (var s in new[] { "1-800-FLOWERS", "+49 30 CALL-ME", "*72#", "help desk" }) Console.WriteLine(s + " -> " + Dialable(s));
    }
}
