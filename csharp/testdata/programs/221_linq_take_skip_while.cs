// checks: Take/Skip/TakeWhile/SkipWhile with counts beyond length and negative counts, paging, laziness with infinite sequences
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static IEnumerable<int> Naturals()
    {
        int i = 0;
        while (true) { Console.Write("[gen " + i + "]"); yield return i++; }
    }

    static void Main()
    {
        var xs = Enumerable.Range(1, 10).ToArray();
        Console.WriteLine(string.Join(",", xs.Take(3)) + " | " + string.Join(",", xs.Skip(7)) + " | " + string.Join(",", xs.Take(20).Skip(8)));
        Console.WriteLine(xs.Take(-1).Count() + " " + xs.Skip(-5).Count() + " " + xs.Skip(100).Count());
        Console.WriteLine(string.Join(",", xs.TakeWhile(x => x < 4)) + " | " + string.Join(",", xs.SkipWhile(x => x < 8)));
        Console.WriteLine(string.Join(",", new[] { 1, 5, 2 }.TakeWhile(x => x < 3)) + " | " + string.Join(",", new[] { 1, 5, 2 }.SkipWhile(x => x < 3)));
        for (int page = 0; page < 4; page++)
            Console.WriteLine("page " + page + ": " + string.Join(",", xs.Skip(page * 3).Take(3)));
        Console.WriteLine();
        Console.WriteLine(" => " + string.Join(",", Naturals().Where(x => x % 2 == 1).Take(3)));
        Console.WriteLine(string.Join(",", xs.TakeWhile((x, i) => i < 2)));
    }
}
