// checks: the query pattern through extension methods on a custom type (a tiny parser combinator): from/from/select via SelectMany, where via Where, select via Select
using System;

delegate Tuple<T, string> Parser<T>(string input);

static class ParserQuery
{
    public static Parser<U> Select<T, U>(this Parser<T> p, Func<T, U> f)
    {
        return input =>
        {
            var r = p(input);
            return r == null ? null : Tuple.Create(f(r.Item1), r.Item2);
        };
    }

    public static Parser<T> Where<T>(this Parser<T> p, Func<T, bool> pred)
    {
        return input =>
        {
            var r = p(input);
            return r != null && pred(r.Item1) ? r : null;
        };
    }

    public static Parser<V> SelectMany<T, U, V>(this Parser<T> p, Func<T, Parser<U>> next, Func<T, U, V> result)
    {
        return input =>
        {
            var r = p(input);
            if (r == null) return null;
            var r2 = next(r.Item1)(r.Item2);
            return r2 == null ? null : Tuple.Create(result(r.Item1, r2.Item1), r2.Item2);
        };
    }
}

class Program
{
    static Parser<char> Item = input => input.Length == 0 ? null : Tuple.Create(input[0], input.Substring(1));

    static Parser<char> Sat(Func<char, bool> ok)
    {
        return from c in Item where ok(c) select c;
    }

    static void Show<T>(string label, Parser<T> p, string input)
    {
        var r = p(input);
        Console.WriteLine(label + "(\"" + input + "\") = " + (r == null ? "fail" : "[" + r.Item1 + "] rest \"" + r.Item2 + "\""));
    }

    static void Main()
    {
        var digit = from c in Sat(char.IsDigit) select c - '0';
        var twoDigits = from a in digit from b in digit select a * 10 + b;
        var ext = from hash in Sat(c => c == '#') from n in twoDigits let big = n >= 50 select (big ? "big " : "small ") + n;
        Show("digit", digit, "7x");
        Show("digit", digit, "x7");
        Show("twoDigits", twoDigits, "42!");
        Show("twoDigits", twoDigits, "4!");
        Show("ext", ext, "#73 rest");
        Show("ext", ext, "#07");
        Show("ext", ext, "73");
    }
}
