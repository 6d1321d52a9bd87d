// checks: mini app: tokenizer, recursive-descent parser and evaluator of arithmetic expressions with precedence, unary minus, right-associative ^, parentheses, variables and functions; an AST printed back with ToString overrides; errors with positions via a custom exception
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

enum TokKind { Num, Ident, Op, LParen, RParen, Comma, End }

struct Token
{
    public TokKind Kind; public string Text; public int Pos;
    public Token(TokKind k, string t, int p) { Kind = k; Text = t; Pos = p; }
    public override string ToString() => Kind + "(" + Text + ")@" + Pos;
}

class ParseException : Exception
{
    public int Pos { get; }
    public ParseException(string msg, int pos) : base(msg + " at " + pos) { Pos = pos; }
}

static class Lexer
{
    public static List<Token> Tokenize(string s)
    {
        var toks = new List<Token>();
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            if (char.IsDigit(c) || c == '.')
            {
                while (i < s.Length && (char.IsDigit(s[i]) || s[i] == '.')) i++;
                toks.Add(new Token(TokKind.Num, s.Substring(start, i - start), start));
            }
            else if (char.IsLetter(c))
            {
                while (i < s.Length && char.IsLetterOrDigit(s[i])) i++;
                toks.Add(new Token(TokKind.Ident, s.Substring(start, i - start), start));
            }
            else if ("+-*/^%".IndexOf(c) >= 0) { toks.Add(new Token(TokKind.Op, c.ToString(), i++)); }
            else if (c == '(') toks.Add(new Token(TokKind.LParen, "(", i++));
            else if (c == ')') toks.Add(new Token(TokKind.RParen, ")", i++));
            else if (c == ',') toks.Add(new Token(TokKind.Comma, ",", i++));
            else throw new ParseException("unexpected '" + c + "'", i);
        }
        toks.Add(new Token(TokKind.End, "", s.Length));
        return toks;
    }
}

abstract class Node
{
    public abstract double Eval(IDictionary<string, double> env);
}
class Num : Node
{
    public double V; public Num(double v) { V = v; }
    public override double Eval(IDictionary<string, double> env) => V;
    public override string ToString() => V.ToString(CultureInfo.InvariantCulture);
}
class Var : Node
{
    public string Name; public int Pos; public Var(string n, int p) { Name = n; Pos = p; }
    public override double Eval(IDictionary<string, double> env)
    {
        double v;
        if (!env.TryGetValue(Name, out v)) throw new ParseException("unknown variable '" + Name + "'", Pos);
        return v;
    }
    public override string ToString() => Name;
}
class Unary : Node
{
    public Node X; public Unary(Node x) { X = x; }
    public override double Eval(IDictionary<string, double> env) => -X.Eval(env);
    public override string ToString() => "(-" + X + ")";
}
class Bin : Node
{
    public char Op; public Node L, R;
    public Bin(char op, Node l, Node r) { Op = op; L = l; R = r; }
    public override double Eval(IDictionary<string, double> env)
    {
        double a = L.Eval(env), b = R.Eval(env);
        switch (Op)
        {
            case '+': return a + b;
            case '-': return a - b;
            case '*': return a * b;
            case '/': if (b == 0) throw new DivideByZeroException(); return a / b;
            case '%': return a % b;
            case '^': return Math.Pow(a, b);
        }
        throw new InvalidOperationException("op " + Op);
    }
    public override string ToString() => "(" + L + " " + Op + " " + R + ")";
}
class Call : Node
{
    public string Fn; public List<Node> Args;
    public Call(string fn, List<Node> args) { Fn = fn; Args = args; }
    public override double Eval(IDictionary<string, double> env)
    {
        var a = Args.ConvertAll(x => x.Eval(env));
        switch (Fn)
        {
            case "max": return Math.Max(a[0], a[1]);
            case "min": return Math.Min(a[0], a[1]);
            case "sqrt": return Math.Sqrt(a[0]);
            case "abs": return Math.Abs(a[0]);
        }
        throw new ParseException("unknown function " + Fn, 0);
    }
    public override string ToString() => Fn + "(" + string.Join(", ", Args) + ")";
}

class Parser
{
    private readonly List<Token> toks; private int p;
    public Parser(string src) { toks = Lexer.Tokenize(src); }
    Token Peek => toks[p];
    Token Next() => toks[p++];
    Token Expect(TokKind k)
    {
        if (Peek.Kind != k) throw new ParseException("expected " + k + " but found '" + Peek.Text + "'", Peek.Pos);
        return Next();
    }
    public Node ParseAll() { var n = Expr(); Expect(TokKind.End); return n; }
    Node Expr()
    {
        var l = Term();
        while (Peek.Kind == TokKind.Op && (Peek.Text == "+" || Peek.Text == "-"))
            l = new Bin(Next().Text[0], l, Term());
        return l;
    }
    Node Term()
    {
        var l = Factor();
        while (Peek.Kind == TokKind.Op && (Peek.Text == "*" || Peek.Text == "/" || Peek.Text == "%"))
            l = new Bin(Next().Text[0], l, Factor());
        return l;
    }
    Node Factor()
    {
        if (Peek.Kind == TokKind.Op && Peek.Text == "-") { Next(); return new Unary(Factor()); }
        var b = Primary();
        if (Peek.Kind == TokKind.Op && Peek.Text == "^") { Next(); return new Bin('^', b, Factor()); }
        return b;
    }
    Node Primary()
    {
        var t = Next();
        switch (t.Kind)
        {
            case TokKind.Num:
                double v;
                if (!double.TryParse(t.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out v)) throw new ParseException("bad number '" + t.Text + "'", t.Pos);
                return new Num(v);
            case TokKind.Ident:
                if (Peek.Kind == TokKind.LParen)
                {
                    Next();
                    var args = new List<Node>();
                    if (Peek.Kind != TokKind.RParen)
                    {
                        args.Add(Expr());
                        while (Peek.Kind == TokKind.Comma) { Next(); args.Add(Expr()); }
                    }
                    Expect(TokKind.RParen);
                    return new Call(t.Text, args);
                }
                return new Var(t.Text, t.Pos);
            case TokKind.LParen:
                var e = Expr();
                Expect(TokKind.RParen);
                return e;
        }
        throw new ParseException("unexpected '" + t.Text + "'", t.Pos);
    }
}

class Program
{
    static void Main()
    {
        var env = new Dictionary<string, double> { ["x"] = 3, ["y"] = 4, ["rate"] = 0.25 };
        string[] inputs =
        {
            "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + -x",
            "sqrt(x*x + y*y)", "max(x, y) * rate", "min(1, 2) + abs(-7.5)", "1 +", "2 * (3 + 4",
            "4 $ 4", "z + 1", "1 / (x - 3)", "1..2 + 3", "",
        };
        foreach (var s in inputs)
        {
            try
            {
                var ast = new Parser(s).ParseAll();
                Console.WriteLine($"{s,-22} => {ast,-28} = {ast.Eval(env).ToString(CultureInfo.InvariantCulture)}");
            }
            catch (ParseException e) { Console.WriteLine($"{s,-22} !! {e.Message} (pos {e.Pos})"); }
            catch (DivideByZeroException) { Console.WriteLine($"{s,-22} !! division by zero"); }
        }
        Console.WriteLine(string.Join(" ", Lexer.Tokenize("a1+(2)")));
    }
}
