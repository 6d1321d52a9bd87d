// checks: Dictionary with StringComparer.OrdinalIgnoreCase and a custom IEqualityComparer; enumeration follows insertion order, and a slot freed by Remove is reused by the next Add (most recently freed first)
using System;
using System.Collections.Generic;
using System.Linq;

class LastDigits : IEqualityComparer<string>
{
    public bool Equals(string a, string b) => a.Substring(a.Length - 3) == b.Substring(b.Length - 3);
    public int GetHashCode(string s) => s.Substring(s.Length - 3).GetHashCode();
}

class Program
{
    static void Main()
    {
        var ci = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["Sales"] = 1 };
        ci["SALES"] += 10;
        Console.WriteLine(ci["sales"] + " " + ci.Count + " " + ci.Keys.First() + " " + ci.ContainsKey("sAlEs"));
        var phones = new Dictionary<string, string>(new LastDigits());
        phones["+49 30 123"] = "berlin";
        phones["030-123"] = "berlin again";
        phones["040-777"] = "hamburg";
        foreach (var kv in phones) Console.WriteLine(kv.Key + " => " + kv.Value);
        var d = new Dictionary<int, string>();
        for (int i = 1; i <= 6; i++) d[i * 10] = "v" + i;
        d.Remove(20); d.Remove(50);
        d[70] = "new70"; d[80] = "new80"; d[90] = "new90";
        Console.WriteLine(string.Join(" ", d.Select(kv => kv.Key + ":" + kv.Value)));
        d.Clear();
        d[3] = "c"; d[1] = "a"; d[2] = "b";
        Console.WriteLine(string.Join(",", d.Keys) + " " + string.Join(",", d.Values));
        var set = new HashSet<int> { 1, 2, 3, 4 };
        set.Remove(2); set.Add(9); set.Add(10);
        Console.WriteLine(string.Join(",", set));
    }
}
