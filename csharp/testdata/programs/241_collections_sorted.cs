// checks: SortedDictionary and SortedSet ordering, SortedList keys/values, Min/Max of SortedSet
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var sd = new SortedDictionary<int, string> { { 30, "c" }, { 10, "a" }, { 20, "b" } };
        Console.WriteLine(string.Join(",", sd.Keys) + " " + string.Join("", sd.Values));
        sd.Remove(10);
        sd[5] = "z";
        foreach (var kv in sd) Console.Write(kv.Key + ":" + kv.Value + " ");
        Console.WriteLine();
        var ss = new SortedSet<int> { 5, 1, 9, 1, 3 };
        Console.WriteLine(string.Join(",", ss) + " min " + ss.Min + " max " + ss.Max + " count " + ss.Count);
        var sl = new SortedList<string, int>(StringComparer.Ordinal) { { "b", 2 }, { "a", 1 }, { "C", 3 } };
        Console.WriteLine(string.Join(",", sl.Keys) + " " + sl.IndexOfKey("b") + " " + sl.Values[0]);
    }
}
