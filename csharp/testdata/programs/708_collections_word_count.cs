// checks: word frequency count: Split on several separators with RemoveEmptyEntries, ToLowerInvariant, Trim of punctuation, Dictionary TryGetValue/indexer update, sort by count descending then word ordinal via List.Sort with a comparison, top-N, SortedDictionary iteration order, char frequency with int[]
using System;
using System.Collections.Generic;
using System.Text;

class Program
{
    static void Main()
    {
        string text = "The quick brown fox jumps over the lazy dog. The dog barks; the FOX runs!\n" +
                      "A quick-thinking dog? No: a lazy, lazy dog.\tThe end.";
        var words = text.Split(new[] { ' ', '\n', '\t', '.', ',', ';', ':', '!', '?' }, StringSplitOptions.RemoveEmptyEntries);
        Console.WriteLine("tokens " + words.Length);
        var counts = new Dictionary<string, int>();
        foreach (var raw in words)
        {
            var w = raw.Trim('-').ToLowerInvariant();
            int c;
            if (counts.TryGetValue(w, out c)) counts[w] = c + 1;
            else counts[w] = 1;
        }
        Console.WriteLine("distinct " + counts.Count);
        var list = new List<KeyValuePair<string, int>>(counts);
        list.Sort((a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key));
        for (int i = 0; i < 5; i++)
            Console.WriteLine($"{list[i].Key,-8}{list[i].Value}");

        var sorted = new SortedDictionary<string, int>(counts, StringComparer.Ordinal);
        var sb = new StringBuilder();
        foreach (var kv in sorted) sb.Append(kv.Key).Append('=').Append(kv.Value).Append(' ');
        Console.WriteLine(sb.ToString().TrimEnd());

        var letters = new int[26];
        foreach (char ch in text.ToLowerInvariant())
            if (ch >= 'a' && ch <= 'z') letters[ch - 'a']++;
        var top = new StringBuilder();
        for (int i = 0; i < 26; i++)
            if (letters[i] >= 6) top.Append((char)('a' + i)).Append(letters[i]).Append(' ');
        Console.WriteLine(top.ToString());

        var byLength = new Dictionary<int, List<string>>();
        foreach (var w in counts.Keys)
        {
            if (!byLength.ContainsKey(w.Length)) byLength.Add(w.Length, new List<string>());
            byLength[w.Length].Add(w);
        }
        var lengths = new List<int>(byLength.Keys);
        lengths.Sort();
        foreach (var len in lengths)
        {
            byLength[len].Sort(StringComparer.Ordinal);
            Console.WriteLine(len + ": " + string.Join(" ", byLength[len]));
        }
        Console.WriteLine(counts.ContainsKey("the") + " " + counts.ContainsKey("The") + " " + counts.Remove("the") + " " + counts.Remove("the"));
    }
}
