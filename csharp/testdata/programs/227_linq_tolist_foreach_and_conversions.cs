// checks: List.ForEach, Cast, OfType, AsEnumerable, ToArray of Select, ConvertAll, Exists, Find, FindAll, RemoveAll, TrueForAll
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var list = new List<int> { 5, 12, 7, 20, 3 };
        list.ForEach(x => Console.Write(x + ";"));
        Console.WriteLine();
        object[] mixed = { 1, "two", 3, 4.0, "five" };
        Console.WriteLine(string.Join(",", mixed.OfType<string>()) + " | " + mixed.OfType<int>().Sum());
        ArrayList legacy = new ArrayList { 1, 2, 3 };
        Console.WriteLine(legacy.Cast<int>().Sum());
        try { Console.WriteLine(mixed.Cast<int>().Sum()); }
        catch (InvalidCastException) { Console.WriteLine("InvalidCastException"); }
        Console.WriteLine(string.Join(",", list.ConvertAll(x => x * 2)));
        Console.WriteLine(list.Exists(x => x > 15) + " " + list.Find(x => x > 6) + " " + list.Find(x => x > 100) + " " + list.FindIndex(x => x > 6) + " " + list.FindLast(x => x < 10));
        Console.WriteLine(string.Join(",", list.FindAll(x => x % 2 == 1)));
        Console.WriteLine(list.RemoveAll(x => x > 10) + " " + string.Join(",", list));
        Console.WriteLine(list.TrueForAll(x => x < 10));
    }
}
