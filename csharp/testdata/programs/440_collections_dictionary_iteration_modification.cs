// checks: modifying a Dictionary while enumerating throws InvalidOperationException; iterating over a ToList snapshot of keys allows removal
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var d = new Dictionary<string, int> { { "a", 1 }, { "b", 2 }, { "c", 3 } };
        try
        {
            foreach (var kv in d) if (kv.Value == 2) d.Add("z", 26);
        }
        catch (InvalidOperationException) { Console.WriteLine("InvalidOperationException on Add during enumeration"); }
        d.Remove("z");
        foreach (var k in d.Keys.ToList()) if (d[k] % 2 == 1) d.Remove(k);
        Console.WriteLine(string.Join(",", d.Keys) + " " + d.Count);
        var list = new List<int> { 1, 2, 3, 4, 5, 6 };
        for (int i = list.Count - 1; i >= 0; i--) if (list[i] % 3 == 0) list.RemoveAt(i);
        Console.WriteLine(string.Join(",", list));
    }
}
