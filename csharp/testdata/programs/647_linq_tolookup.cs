// checks: ToLookup is immediate (later source changes do not show), a missing key gives an empty sequence (no exception), Count/Contains, groups in first-appearance order, element selector
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var calls = new List<string> { "sales:101", "support:201", "sales:102", "billing:301", "support:202" };
        var byQueue = calls.ToLookup(c => c.Split(':')[0], c => c.Split(':')[1]);
        calls.Add("sales:103");
        Console.WriteLine(byQueue.Count + " " + byQueue.Contains("sales") + " " + byQueue.Contains("hr"));
        foreach (var g in byQueue) Console.WriteLine(g.Key + ": " + string.Join(",", g));
        Console.WriteLine("hr: [" + string.Join(",", byQueue["hr"]) + "] " + byQueue["hr"].Count());
        Console.WriteLine(byQueue["sales"].First() + " " + byQueue["support"].Last());
        var byLen = new[] { "a", "bb", "cc", "d", "eee" }.ToLookup(s => s.Length);
        Console.WriteLine(string.Join(" ", byLen.Select(g => g.Key + "=" + string.Join("", g))));
        var ci = new[] { "Ann", "ann", "Bob" }.ToLookup(s => s, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(ci.Count + " " + string.Join(",", ci["ANN"]));
    }
}
