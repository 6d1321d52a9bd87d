// checks: route-point style spam filter: prefix blacklist, Regex patterns for anonymous/withheld numbers, score thresholds with decimals
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

class Program
{
    static readonly string[] BlockedPrefixes = { "+49900", "+4919" };
    static readonly Regex Withheld = new Regex(@"^(anonymous|unknown|withheld)?$", RegexOptions.IgnoreCase);
    static readonly Dictionary<string, decimal> Scores = new Dictionary<string, decimal> { { "+4930555", 0.91m }, { "+4930666", 0.49m } };

    static string Decide(string caller)
    {
        if (Withheld.IsMatch(caller ?? "")) return "reject: withheld";
        if (BlockedPrefixes.Any(p => caller.StartsWith(p, StringComparison.Ordinal))) return "reject: premium prefix";
        decimal score;
        if (Scores.TryGetValue(caller, out score) && score >= 0.5m) return "reject: spam score " + score.ToString("P0");
        return "accept";
    }

    static void Main()
    {
        foreach (var c in new[] { "", "Anonymous", null, "+49900123", "+4919222", "+4930555", "+4930666", "+4930777" })
            Console.WriteLine((c ?? "null").PadRight(10) + " " + Decide(c));
    }
}
