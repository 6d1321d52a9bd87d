// checks: .NET Core/.NET 8 string and number APIs that route-point scripts for 3CX V20 use: Split(string/char, options), TrimEntries, Contains/Replace with StringComparison, ReplaceLineEndings, Trim(char), Enum.Parse<T>/GetValues<T>, char.IsAsciiDigit, Math.Clamp, Convert.ToHexString, int.Parse(span), string.Join(char)
// expect: hand-checked (.NET Core/.NET 8 APIs: Mono 6.8 lacks these overloads)
using System;
using System.Linq;

enum Dest { Queue, Extension, Voicemail }

class Program
{
    static void Main()
    {
        string line = " 100 ; 200;;300 ";
        Console.WriteLine(string.Join("|", line.Split(';')));
        Console.WriteLine(string.Join("|", line.Split(';', StringSplitOptions.TrimEntries)));
        Console.WriteLine(string.Join("|", line.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
        Console.WriteLine(string.Join("|", "a::b::c".Split("::")) + " " + string.Join("|", "a::b::c".Split("::", 2)) + " " + string.Join("|", "k=v=w".Split('=', 2)));
        Console.WriteLine(string.Join('+', new[] { 1, 2, 3 }) + " " + string.Join(',', "x", "y"));
        Console.WriteLine("SIP:100@PBX".Contains("sip", StringComparison.OrdinalIgnoreCase) + " " + "SIP:100@PBX".Contains("sip") + " " + "+49".Contains('+') + " " + "abc".StartsWith('a') + " " + "abc".EndsWith('c'));
        Console.WriteLine("Hello HELLO hello".Replace("hello", "bye", StringComparison.OrdinalIgnoreCase) + " " + "a\r\nb\nc\rd".ReplaceLineEndings("|") + " " + "xx42xx".Trim('x') + " " + "--a--".TrimStart('-') + " " + "--a--".TrimEnd('-'));
        Console.WriteLine("abc".IndexOf('B', StringComparison.OrdinalIgnoreCase) + " " + "abcabc".LastIndexOf("B", StringComparison.OrdinalIgnoreCase) + " " + "Straße".Equals("STRASSE", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(Enum.Parse<Dest>("voicemail", true) + " " + string.Join(",", Enum.GetValues<Dest>()) + " " + string.Join(",", Enum.GetNames<Dest>()) + " " + Enum.TryParse<Dest>("Queue", out var d) + " " + d + " " + Enum.IsDefined(Dest.Extension));
        Console.WriteLine(char.IsAsciiDigit('7') + " " + char.IsAsciiDigit('٣') + " " + char.IsDigit('٣') + " " + char.IsAsciiLetter('é') + " " + char.IsAsciiLetterOrDigit('_'));
        Console.WriteLine(Math.Clamp(120, 0, 100) + " " + Math.Clamp(-5.5, -1.0, 1.0) + " " + Math.Clamp(0.5m, 0m, 1m));
        Console.WriteLine(Convert.ToHexString(new byte[] { 0, 15, 255, 16 }) + " " + Convert.ToHexString(Convert.FromHexString("0aFF")) + " " + Convert.ToBase64String(new byte[] { 1, 2, 3, 4 }));
        Console.WriteLine(int.Parse("12345".AsSpan(1, 3)) + " " + "12345"[1..3] + " " + "12345"[^2..] + " " + "12345"[^1]);
        Console.WriteLine(1e21 + " " + 0.1 + 0.2 + " " + (0.1 + 0.2) + " " + 1.0 / 3 + " " + (float)(1.0 / 3) + " " + 100.0 + " " + -0.0 + " " + double.MaxValue + " " + 1e-5);
        Console.WriteLine(string.Concat("ab".AsSpan(), "cd".AsSpan()) + " " + "abc".AsSpan().IndexOf('c') + " " + new string("hello".AsSpan(1, 3)));
        Console.WriteLine((int)Math.Round(2.5) + " " + Math.Round(-0.4) + " " + Math.Round(-0.5, MidpointRounding.AwayFromZero) + " " + (-0.0).ToString("0.0") + " " + 0.0.Equals(-0.0) + " " + double.IsNegative(-0.0));
    }
}
