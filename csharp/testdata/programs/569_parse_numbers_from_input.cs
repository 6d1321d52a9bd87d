// checks: parsing numbers out of caller input and config strings: int/long/double/decimal TryParse with NumberStyles (hex, thousands, currency, parentheses, exponent, whitespace), overflow vs format failures, out defaults, ToString round trips
using System;
using System.Globalization;

class Program
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    static string I(string s, NumberStyles st)
    {
        int v;
        return int.TryParse(s, st, Inv, out v) ? v.ToString() : "x";
    }

    static string D(string s, NumberStyles st)
    {
        double v;
        return double.TryParse(s, st, Inv, out v) ? v.ToString("R", Inv) : "x";
    }

    static string M(string s, NumberStyles st)
    {
        decimal v;
        return decimal.TryParse(s, st, Inv, out v) ? v.ToString(Inv) : "x";
    }

    static void Main()
    {
        string[] ints = { "42", " 42 ", "+7", "-0", "1,000", "(5)", "5-", "0x1F", "1F", "ff", "2147483647", "2147483648", "-2147483648", "1e3", "12.0", "", " ", "٣" };
        NumberStyles[] styles = { NumberStyles.Integer, NumberStyles.None, NumberStyles.AllowThousands, NumberStyles.HexNumber, NumberStyles.Number, NumberStyles.Any, NumberStyles.AllowParentheses | NumberStyles.AllowTrailingSign };
        foreach (var s in ints)
        {
            Console.Write("[" + s + "]");
            foreach (var st in styles) Console.Write(" " + I(s, st));
            Console.WriteLine();
        }
        string[] dbls = { "3.14", "-1.5e-3", "1E+3", ".5", "5.", "1,234.5", "  2.5  ", "NaN", "Infinity", "-Infinity", "0x10", "1_000", "+.5e1" };
        foreach (var s in dbls)
            Console.WriteLine("[" + s + "] " + D(s, NumberStyles.Float) + " " + D(s, NumberStyles.Float | NumberStyles.AllowThousands) + " " + D(s, NumberStyles.Integer) + " " + M(s, NumberStyles.Number) + " " + M(s, NumberStyles.Float));
        // not here: "1e400" (.NET Core 3.0+ parses it as Infinity, Mono's TryParse fails)
        long l;
        Console.WriteLine(long.TryParse("9223372036854775807", out l) + " " + l + " " + long.TryParse("9223372036854775808", out l) + " " + l);
        uint u;
        Console.WriteLine(uint.TryParse("-1", out u) + " " + uint.TryParse("4294967295", out u) + " " + u + " " + uint.TryParse("FFFFFFFF", NumberStyles.HexNumber, Inv, out u) + " " + u);
        byte b;
        Console.WriteLine(byte.TryParse("255", out b) + " " + byte.TryParse("256", out b) + " " + b + " " + short.Parse("-32768") + " " + sbyte.Parse("-128") + " " + ushort.Parse("65535"));
        foreach (var bad in new[] { "abc", "99999999999", null })
        {
            try { int.Parse(bad); }
            catch (FormatException) { Console.WriteLine("FormatException"); }
            catch (OverflowException) { Console.WriteLine("OverflowException"); }
            catch (ArgumentNullException) { Console.WriteLine("ArgumentNullException"); }
        }
        string dtmf = "0049301234#";
        long acc = 0;
        foreach (char c in dtmf.TrimEnd('#')) acc = acc * 10 + (c - '0');
        Console.WriteLine(acc + " " + int.Parse(dtmf.Substring(4, 2)) + " " + int.Parse("007") + " " + (int.Parse("12") + int.Parse("30")));
        double[] rt = { 0.1, 1.0 / 3, 123456789.123, 1e-10, -0.0, 5e-324 };
        foreach (var d in rt) Console.Write((double.Parse(d.ToString("R", Inv), Inv) == d) + " ");
        Console.WriteLine();
        Console.WriteLine(int.Parse("1,234", NumberStyles.AllowThousands, Inv) + " " + decimal.Parse("$1,234.50".Replace("$", ""), NumberStyles.Currency, Inv) + " " + decimal.Parse("(12.5)", NumberStyles.Currency, Inv) + " " + int.Parse("  -12  ", NumberStyles.Integer, Inv));
        Console.WriteLine(double.Parse("1.5", NumberStyles.Float, NumberFormatInfo.InvariantInfo) + " " + float.Parse("2.25", Inv) + " " + int.Parse("7F", NumberStyles.AllowHexSpecifier) + " " + long.Parse("7fffffffffffffff", NumberStyles.HexNumber));
    }
}
