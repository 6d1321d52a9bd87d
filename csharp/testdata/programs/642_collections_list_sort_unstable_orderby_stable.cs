// checks: List<T>.Sort is .NET's introsort (not stable: equal keys can change order), OrderBy/ThenBy are stable; Sort(Comparison), Sort(IComparer), Array.Sort
using System;
using System.Collections.Generic;
using System.Linq;

class ByLength : IComparer<string>
{
    public int Compare(string a, string b) => a.Length.CompareTo(b.Length);
}

class Program
{
    static void Main()
    {
        var names = new List<string>();
        for (int i = 0; i < 40; i++) names.Add("n" + (i % 7) + "_" + i);
        var byDigit = new List<string>(names);
        byDigit.Sort((a, b) => a[1].CompareTo(b[1]));
        Console.WriteLine(string.Join(" ", byDigit));
        var stable = names.OrderBy(n => n[1]).ToList();
        Console.WriteLine(string.Join(" ", stable));
        Console.WriteLine(byDigit.SequenceEqual(stable));
        var words = new List<string> { "ivr", "queue", "fax", "ext", "voicemail", "cdr", "park", "ring" };
        words.Sort(new ByLength());
        Console.WriteLine(string.Join(" ", words));
        var arr = new[] { 5, 3, 9, 1, 5, 7, 2, 8, 6, 4, 0 };
        Array.Sort(arr);
        Console.WriteLine(string.Join(",", arr));
        var people = new[] { ("bob", 30), ("amy", 25), ("cat", 30), ("dan", 25), ("eve", 30) };
        Console.WriteLine(string.Join(" ", people.OrderByDescending(p => p.Item2).Select(p => p.Item1)));
        Console.WriteLine(string.Join(" ", people.OrderBy(p => p.Item2).ThenByDescending(p => p.Item1).Select(p => p.Item1)));
        var nums = new List<int> { 3, 1, 2 };
        nums.Sort();
        nums.Reverse();
        Console.WriteLine(string.Join(",", nums));
    }
}
