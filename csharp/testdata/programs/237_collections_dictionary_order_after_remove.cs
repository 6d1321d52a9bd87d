// checks: Dictionary enumeration order after Remove then Add: freed entries are reused last-freed first (.NET's free list), as real .NET does
using System;
using System.Collections.Generic;

class Program
{
    static void Show(Dictionary<string, int> d) { Console.WriteLine(string.Join(",", d.Keys)); }

    static void Main()
    {
        var d = new Dictionary<string, int>();
        foreach (var k in new[] { "a", "b", "c", "d", "e" }) d[k] = 0;
        Show(d);
        d.Remove("b");
        Show(d);
        d["x"] = 1;
        Show(d);
        d.Remove("a");
        d.Remove("d");
        Show(d);
        d["y"] = 2;
        Show(d);
        d["z"] = 3;
        Show(d);
        d["w"] = 4;
        Show(d);
        d.Clear();
        d["n"] = 0;
        Show(d);
    }
}
