// checks: ToList/ToArray materialise once; later source changes do not affect them but do affect the deferred query
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var src = new List<string> { "a", "bb", "ccc" };
        int evaluations = 0;
        var lazy = src.Select(s => { evaluations++; return s.Length; });
        var list = lazy.ToList();
        var arr = lazy.ToArray();
        Console.WriteLine(evaluations);
        src.Add("dddd");
        Console.WriteLine(list.Count + " " + arr.Length + " " + lazy.Count());
        Console.WriteLine(evaluations);
        Console.WriteLine(string.Join(",", lazy));
    }
}
