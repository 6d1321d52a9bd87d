// checks: int/long/byte Parse and TryParse with signs, whitespace, overflow, NumberStyles.HexNumber and AllowThousands, invariant culture
using System;
using System.Globalization;

class Program
{
    static void Main()
    {
        Console.WriteLine(int.Parse("42") + int.Parse("-7") + int.Parse(" +3 "));
        int v;
        Console.WriteLine(int.TryParse("123", out v) + " " + v);
        Console.WriteLine(int.TryParse("12.5", out v) + " " + v);
        Console.WriteLine(int.TryParse("", out v) + " " + v);
        Console.WriteLine(int.TryParse(null, out v) + " " + v);
        Console.WriteLine(int.TryParse("2147483648", out v) + " " + v);
        Console.WriteLine(int.TryParse("-2147483648", out v) + " " + v);
        Console.WriteLine(long.Parse("9223372036854775807"));
        byte b;
        Console.WriteLine(byte.TryParse("256", out b) + " " + byte.TryParse("255", out b) + " " + b);
        Console.WriteLine(int.Parse("ff", NumberStyles.HexNumber) + " " + int.Parse("7FFFFFFF", NumberStyles.HexNumber));
        Console.WriteLine(int.Parse("1,234,567", NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
        Console.WriteLine(int.TryParse("1,234", out v) + " " + v);
        Console.WriteLine(int.Parse("(5)", NumberStyles.AllowParentheses));
        Console.WriteLine(uint.Parse("4294967295"));
        Console.WriteLine(long.TryParse("0x10", out long lv) + " " + lv);
        Console.WriteLine(short.Parse("-32768"));
        Console.WriteLine(int.Parse("007"));
        Console.WriteLine(12345.ToString() + (-5).ToString() + 0.ToString());
        Console.WriteLine(ulong.Parse("18446744073709551615"));
        Console.WriteLine(int.TryParse(" 9 ", out v) + " " + v);
    }
}
