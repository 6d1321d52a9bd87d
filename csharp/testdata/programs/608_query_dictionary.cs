// checks: queries over a Dictionary (KeyValuePair range variables), orderby Value then Key, building a new dictionary from a query, query over Keys and Values
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var waiting = new Dictionary<string, int> { { "sales", 4 }, { "support", 9 }, { "billing", 0 }, { "vip", 4 } };
        var busy = from kv in waiting where kv.Value > 0 orderby kv.Value descending, kv.Key select kv.Key + "=" + kv.Value;
        Console.WriteLine(string.Join(" ", busy));
        var doubled = (from kv in waiting select new { kv.Key, Twice = kv.Value * 2 }).ToDictionary(x => x.Key, x => x.Twice);
        foreach (var kv in doubled)
            Console.WriteLine(kv.Key + " " + kv.Value);
        var names = from k in waiting.Keys where k.Length <= 5 select k.ToUpper();
        Console.WriteLine(string.Join(",", names));
        Console.WriteLine((from v in waiting.Values select v).Sum());
        var byCount = from kv in waiting group kv.Key by kv.Value into g orderby g.Key select g.Key + ":" + string.Join("+", g);
        Console.WriteLine(string.Join(" ", byCount));
        var routes = new Dictionary<int, List<string>> { { 800, new List<string> { "101", "102" } }, { 801, new List<string> { "103" } } };
        var flat = from r in routes from ext in r.Value where ext != "102" select r.Key + "->" + ext;
        Console.WriteLine(string.Join(" ", flat));
        var lookup = waiting.ToDictionary(kv => kv.Key, kv => kv.Value);
        waiting["sales"] = 1;
        Console.WriteLine(lookup["sales"] + " " + (from kv in waiting where kv.Key == "sales" select kv.Value).Single());
    }
}
