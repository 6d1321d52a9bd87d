// checks: word frequency over a text: Split on separators, ToLowerInvariant, Dictionary counting, OrderByDescending then ordinal ThenBy
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        string text = "The call was routed. The caller waited; the agent answered the call, and the call ended.";
        var words = text.Split(new[] { ' ', '.', ',', ';' }, StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant());
        var freq = new Dictionary<string, int>();
        foreach (var w in words) { int n; freq.TryGetValue(w, out n); freq[w] = n + 1; }
        foreach (var kv in freq.OrderByDescending(k => k.Value).ThenBy(k => k.Key, StringComparer.Ordinal))
            Console.WriteLine(kv.Key.PadRight(9) + new string('#', kv.Value) + " " + kv.Value);
        Console.WriteLine(freq.Count + " distinct, " + freq.Values.Sum() + " total, longest " + freq.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).First());
    }
}
