// checks: SortedDictionary, SortedList and SortedSet keep keys ordered whatever the insertion order; Keys/Values in key order; SortedSet Min/Max; custom comparer for descending order
using System;
using System.Collections.Generic;

class Desc : IComparer<int>
{
    public int Compare(int a, int b) => b.CompareTo(a);
}

class Program
{
    static void Main()
    {
        var byTime = new SortedDictionary<string, string> { ["09:30"] = "standup", ["08:00"] = "open", ["17:00"] = "close" };
        byTime["12:00"] = "lunch";
        foreach (var kv in byTime) Console.WriteLine(kv.Key + " " + kv.Value);
        Console.WriteLine(string.Join(",", byTime.Keys) + " | " + string.Join(",", byTime.Values));
        Console.WriteLine(byTime.Remove("08:00") + " " + byTime.Count + " " + byTime.ContainsKey("09:30"));
        var list = new SortedList<int, string>();
        list.Add(30, "c"); list.Add(10, "a"); list.Add(20, "b");
        Console.WriteLine(string.Join(",", list.Keys) + " " + list.IndexOfKey(20) + " " + list.Values[0]);
        try { list.Add(10, "dup"); } catch (ArgumentException) { Console.WriteLine("duplicate key: ArgumentException"); }
        var set = new SortedSet<int> { 5, 1, 9, 3, 1 };
        Console.WriteLine(string.Join(",", set) + " min " + set.Min + " max " + set.Max + " count " + set.Count);
        var desc = new SortedSet<int>(new Desc()) { 5, 1, 9, 3 };
        Console.WriteLine(string.Join(",", desc));
        var sd = new SortedDictionary<int, string>(new Desc()) { [1] = "one", [3] = "three", [2] = "two" };
        Console.WriteLine(string.Join(",", sd.Values));
    }
}
