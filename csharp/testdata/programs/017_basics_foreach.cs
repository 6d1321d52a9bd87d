// checks: foreach over arrays, strings, List, Dictionary; iteration variable is a copy
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        foreach (var c in "abc") Console.Write(c + "-");
        Console.WriteLine();
        int total = 0;
        foreach (int x in new[] { 1, 2, 3 }) total += x;
        Console.WriteLine(total);
        var list = new List<string> { "x", "y" };
        foreach (var s in list) Console.WriteLine(s.ToUpper());
        var dict = new Dictionary<string, int> { { "one", 1 }, { "two", 2 } };
        foreach (var kv in dict) Console.WriteLine(kv.Key + "=" + kv.Value);
        foreach (KeyValuePair<string, int> kv in dict) Console.WriteLine(kv);
        try
        {
            foreach (var s in list) if (s == "x") list.Add("z");
        }
        catch (InvalidOperationException)
        {
            Console.WriteLine("InvalidOperationException: collection modified");
        }
        foreach (var s in new string[0]) Console.WriteLine("never");
        foreach (long v in new int[] { 5 }) Console.WriteLine(v.GetType().Name);
    }
}
