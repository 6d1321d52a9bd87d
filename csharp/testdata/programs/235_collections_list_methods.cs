// checks: List<T> Add/AddRange/Insert/InsertRange/Remove/RemoveAt/RemoveRange/IndexOf/LastIndexOf/Contains/Clear/Capacity-independent Count/GetRange/Reverse/Sort/BinarySearch
using System;
using System.Collections.Generic;

class Program
{
    static void Show(List<int> l) { Console.WriteLine(l.Count + ": " + string.Join(",", l)); }

    static void Main()
    {
        var l = new List<int> { 5, 1, 4 };
        l.Add(9);
        l.AddRange(new[] { 2, 2 });
        l.Insert(0, 7);
        l.InsertRange(2, new[] { 8, 8 });
        Show(l);
        Console.WriteLine(l.Remove(8) + " " + l.Remove(100));
        l.RemoveAt(0);
        Show(l);
        l.RemoveRange(1, 2);
        Show(l);
        Console.WriteLine(l.IndexOf(2) + " " + l.LastIndexOf(2) + " " + l.IndexOf(42) + " " + l.Contains(9));
        Show(l.GetRange(1, 2));
        l.Reverse();
        Show(l);
        l.Sort();
        Show(l);
        Console.WriteLine(l.BinarySearch(9) + " " + (l.BinarySearch(3) < 0));
        l[0] = -1;
        Console.WriteLine(l[0] + " " + l[l.Count - 1]);
        try { l[10] = 1; }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("ArgumentOutOfRangeException"); }
        var copy = new List<int>(l);
        l.Clear();
        Console.WriteLine(l.Count + " " + copy.Count);
        var arr = copy.ToArray();
        Console.WriteLine(arr.Length + " " + string.Join(",", copy.GetRange(0, 0)));
        var strs = new List<string>(3) { "x" };
        Console.WriteLine(strs.Count);
    }
}
