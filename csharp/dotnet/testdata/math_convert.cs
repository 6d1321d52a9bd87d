using System;
using System.Text;

class Program
{
    static void Main()
    {
        Console.WriteLine(Math.Max(3, 7));
        Console.WriteLine(Math.Min(-2.5, 1.0));
        Console.WriteLine(Math.Abs(-42L));
        Console.WriteLine(Math.Round(2.5));
        Console.WriteLine(Math.Round(3.5));
        Console.WriteLine(Math.Round(2.5, MidpointRounding.AwayFromZero));
        Console.WriteLine(Math.Round(1.23456, 2));
        Console.WriteLine(Math.Round(2.345m, 2));
        Console.WriteLine(Math.Floor(-1.5));
        Console.WriteLine(Math.Ceiling(1.2m));
        Console.WriteLine(Math.Clamp(15, 0, 10));
        Console.WriteLine(Math.Sign(-3.2));
        Console.WriteLine(Math.Pow(2, 10));
        Console.WriteLine(Math.Sqrt(2));
        Console.WriteLine(Convert.ToInt32(2.5));
        Console.WriteLine(Convert.ToInt32(3.5));
        Console.WriteLine(Convert.ToInt32("123"));
        Console.WriteLine(Convert.ToString(255, 16));
        Console.WriteLine(Convert.ToInt32("ff", 16));
        Console.WriteLine(Convert.ToBase64String(Encoding.UTF8.GetBytes("hello")));
        Console.WriteLine(Encoding.UTF8.GetString(Convert.FromBase64String("aGVsbG8=")));
        Console.WriteLine(Convert.ToBoolean("True"));
        Console.WriteLine(BitConverter.ToString(new byte[] { 1, 171, 16 }));
        try { Convert.ToInt32("abc"); } catch (FormatException e) { Console.WriteLine(e.Message); }
        try { Convert.ToInt32(3e10); } catch (OverflowException e) { Console.WriteLine(e.Message); }
        var sb = new StringBuilder();
        sb.Append("a").Append(1).Append('c').Append(2.5).AppendLine();
        sb.AppendFormat("{0:F2}|{1,5}|", 3.14159, "x");
        sb.Insert(0, ">");
        sb.Replace("a", "A");
        Console.WriteLine(sb.ToString());
        Console.WriteLine(sb.Length);
        sb.Clear();
        Console.WriteLine(sb.Length);
        decimal d = 1.50m;
        Console.WriteLine(d);
        Console.WriteLine(d * 2);
        Console.WriteLine(1m / 3m);
        Console.WriteLine($"{1234.5678:N2} {0.5:P0} {255:X4} {42:D5} {1.5e-7}");
        Console.WriteLine(0.1 + 0.2);
        Console.WriteLine($"{d:0.000}");
    }
}
// Output:
// 7
// -2.5
// 42
// 2
// 4
// 3
// 1.23
// 2.34
// -2
// 2
// 10
// -1
// 1024
// 1.4142135623730951
// 2
// 4
// 123
// ff
// 255
// aGVsbG8=
// hello
// True
// 01-AB-10
// The input string 'abc' was not in a correct format.
// Value was either too large or too small for an Int32.
// >A1c2.5
// 3.14|    x|
// 19
// 0
// 1.50
// 3.00
// 0.3333333333333333333333333333
// 1,234.57 50 % 00FF 00042 1.5E-07
// 0.30000000000000004
// 1.500
