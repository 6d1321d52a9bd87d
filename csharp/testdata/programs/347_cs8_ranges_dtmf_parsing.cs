// checks: route-point style DTMF code parsing with ranges and from-end indices on strings, switch expression on prefixes
// expect: hand-checked (C# 8: ranges and switch expressions)
using System;

class Program
{
    static string Parse(string code) => code switch
    {
        { Length: 0 } => "empty",
        _ when code.StartsWith("*7") && code.Length == 3 => "retrieve slot " + code[^1],
        _ when code.StartsWith("**") => "feature " + code[2..],
        _ when code.EndsWith("#") => "number " + code[..^1],
        _ => "raw " + code,
    };

    static void Main()
    {
        foreach (var c in new[] { "", "*72", "**99", "030123#", "42", "*7" }) Console.WriteLine("[" + c + "] " + Parse(c));
    }
}
