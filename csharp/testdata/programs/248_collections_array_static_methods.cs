// checks: Array.IndexOf/LastIndexOf/Exists/Find/FindIndex/TrueForAll/ConvertAll/Fill-like loops/Copy/Clear/ForEach, Array.Empty
using System;

class Program
{
    static void Main()
    {
        int[] a = { 4, 7, 1, 7, 9 };
        Console.WriteLine(Array.IndexOf(a, 7) + " " + Array.LastIndexOf(a, 7) + " " + Array.IndexOf(a, 100));
        Console.WriteLine(Array.Exists(a, x => x > 8) + " " + Array.Find(a, x => x > 5) + " " + Array.FindIndex(a, x => x < 3) + " " + Array.TrueForAll(a, x => x > 0));
        Console.WriteLine(string.Join(",", Array.FindAll(a, x => x % 2 == 1)));
        Console.WriteLine(string.Join(",", Array.ConvertAll(a, x => "n" + x)));
        var b = new int[7];
        Array.Copy(a, 0, b, 2, 5);
        Console.WriteLine(string.Join(",", b));
        Array.Clear(b, 0, 3);
        Console.WriteLine(string.Join(",", b));
        Array.ForEach(a, x => Console.Write(x * 2 + " "));
        Console.WriteLine();
        Console.WriteLine(Array.Empty<string>().Length);
        var sorted = (int[])a.Clone();
        Array.Sort(sorted);
        Console.WriteLine(string.Join(",", sorted) + " " + Array.BinarySearch(sorted, 9));
        Array.Sort(sorted, (x, y) => y - x);
        Console.WriteLine(string.Join(",", sorted));
        var words = new[] { "bb", "a", "ccc" };
        Array.Sort(words, (x, y) => x.Length - y.Length);
        Console.WriteLine(string.Join(",", words));
    }
}
