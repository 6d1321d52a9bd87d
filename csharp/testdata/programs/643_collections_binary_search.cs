// checks: List<T>.BinarySearch and Array.BinarySearch on sorted data: index when found, bitwise complement of the insertion point when not; inserting at ~index keeps the list sorted
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var ext = new List<int> { 100, 105, 110, 200, 250 };
        foreach (var x in new[] { 110, 100, 250, 99, 101, 300, 199 })
        {
            int i = ext.BinarySearch(x);
            Console.WriteLine(x + " -> " + i + (i < 0 ? " insert at " + ~i : ""));
        }
        foreach (var x in new[] { 120, 90, 400 })
        {
            int i = ext.BinarySearch(x);
            if (i < 0) ext.Insert(~i, x);
        }
        Console.WriteLine(string.Join(",", ext));
        var names = new[] { "ann", "bob", "eve", "zed" };
        Console.WriteLine(Array.BinarySearch(names, "eve") + " " + Array.BinarySearch(names, "carl") + " " + Array.BinarySearch(names, "zzz"));
        var empty = new List<string>();
        Console.WriteLine(empty.BinarySearch("x"));
    }
}
