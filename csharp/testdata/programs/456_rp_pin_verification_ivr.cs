// checks: route-point style PIN check: digits collected per attempt, max attempts, lockout, string comparison with StringComparison.Ordinal
using System;
using System.Collections.Generic;

class Program
{
    static readonly Dictionary<string, string> Pins = new Dictionary<string, string> { { "101", "4711" }, { "102", "0000" } };

    static string Verify(string ext, IEnumerable<string> attempts)
    {
        string pin;
        if (!Pins.TryGetValue(ext, out pin)) return "unknown mailbox " + ext;
        int n = 0;
        foreach (var a in attempts)
        {
            n++;
            if (string.Equals(a, pin, StringComparison.Ordinal)) return "access granted after " + n + " attempt" + (n == 1 ? "" : "s");
            if (n == 3) return "locked out";
        }
        return "caller gave up after " + n;
    }

    static void Main()
    {
        Console.WriteLine(Verify("101", new[] { "4711" }));
        Console.WriteLine(Verify("101", new[] { "1234", "4711" }));
        Console.WriteLine(Verify("102", new[] { "1", "2", "3", "0000" }));
        Console.WriteLine(Verify("102", new[] { "9" }));
        Console.WriteLine(Verify("999", new string[0]));
    }
}
