// checks: multi-line raw interpolated strings with format specifiers and alignment, $$ with literal braces, relative indentation kept
// expect: hand-checked (C# 11: raw string literals)
using System;

class Program
{
    static void Main()
    {
        string caller = "+4930";
        decimal score = 0.875m;
        int waited = 42;
        string report = $"""
            Caller: {caller}
              Score: {score:P1}
              Waited: {waited,5}s
            Done
            """;
        Console.WriteLine(report);
        string json = $$"""
            { "caller": "{{caller}}", "waited": {{waited}} }
            """;
        Console.WriteLine(json);
    }
}
