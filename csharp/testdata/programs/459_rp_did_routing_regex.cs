// checks: route-point style DID routing: ordered regex rules with named groups, first match wins, substitution into the target
using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

class Program
{
    static readonly List<KeyValuePair<Regex, string>> Rules = new List<KeyValuePair<Regex, string>>
    {
        new KeyValuePair<Regex, string>(new Regex(@"^\+4930555(?<ext>\d{3})$"), "Extension.${ext}"),
        new KeyValuePair<Regex, string>(new Regex(@"^\+4930555(?<q>8\d)$"), "Queue.8${q}"),
        new KeyValuePair<Regex, string>(new Regex(@"^\+49(?<area>\d{2,4})"), "External.area-${area}"),
    };

    static string Route(string did)
    {
        foreach (var r in Rules)
        {
            var m = r.Key.Match(did);
            if (m.Success) return m.Result(r.Value);
        }
        return "Default";
    }

    static void Main()
    {
        foreach (var did in new[] { "+4930555101", "+493055581", "+4940123456", "+1555", "+4930555" }) Console.WriteLine(did + " -> " + Route(did));
    }
}
