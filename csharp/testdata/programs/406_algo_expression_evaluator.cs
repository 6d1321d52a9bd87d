// checks: a recursive-descent evaluator for + - * / ( ) with precedence and unary minus, integer arithmetic, errors as exceptions with positions
using System;

class Parser
{
    readonly string s; int pos;
    public Parser(string s) { this.s = s.Replace(" ", ""); }

    public long Parse()
    {
        long v = Expr();
        if (pos != s.Length) throw new FormatException("unexpected '" + s[pos] + "' at " + pos);
        return v;
    }

    long Expr()
    {
        long v = Term();
        while (pos < s.Length && (s[pos] == '+' || s[pos] == '-')) { char op = s[pos++]; long r = Term(); v = op == '+' ? v + r : v - r; }
        return v;
    }

    long Term()
    {
        long v = Factor();
        while (pos < s.Length && (s[pos] == '*' || s[pos] == '/' || s[pos] == '%'))
        {
            char op = s[pos++]; long r = Factor();
            v = op == '*' ? v * r : op == '/' ? v / r : v % r;
        }
        return v;
    }

    long Factor()
    {
        if (pos < s.Length && s[pos] == '-') { pos++; return -Factor(); }
        if (pos < s.Length && s[pos] == '(') { pos++; long v = Expr(); Expect(')'); return v; }
        int start = pos;
        while (pos < s.Length && char.IsDigit(s[pos])) pos++;
        if (start == pos) throw new FormatException("number expected at " + pos);
        return long.Parse(s.Substring(start, pos - start));
    }

    void Expect(char c) { if (pos >= s.Length || s[pos] != c) throw new FormatException("'" + c + "' expected at " + pos); pos++; }
}

class Program
{
    static void Main()
    {
        foreach (var e in new[] { "1 + 2 * 3", "(1 + 2) * 3", "-7 / 2", "-7 % 3", "2 * (3 + 4) * -(1 - 6)", "100 / 7 / 2", "((42))", "1 +", "(1 + 2", "3 4", "1/0" })
        {
            try { Console.WriteLine(e + " = " + new Parser(e).Parse()); }
            catch (FormatException ex) { Console.WriteLine(e + " -> error: " + ex.Message); }
            catch (DivideByZeroException) { Console.WriteLine(e + " -> division by zero"); }
        }
    }
}
