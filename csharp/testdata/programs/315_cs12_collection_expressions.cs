// checks: collection expressions for arrays, List<T>, IEnumerable<T> parameters, spread .., empty [] and route-point style prompt lists
// expect: hand-checked (C# 12: collection expressions)
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static string Play(string promptSet, string[] prompts) => promptSet + ": " + string.Join(",", prompts);
    static int Total(IEnumerable<int> xs) => xs.Sum();

    static void Main()
    {
        int[] a = [1, 2, 3];
        List<string> names = ["A", "B"];
        Console.WriteLine(a.Length + " " + string.Join("", names) + " " + names.GetType().Name);
        Console.WriteLine(Play("default", ["PLSENTER", "PIN"]));
        int[] b = [.. a, 4, .. a.Where(x => x > 1)];
        Console.WriteLine(string.Join(",", b));
        string[] none = [];
        Console.WriteLine(none.Length);
        Console.WriteLine(Total([10, 20, 30]));
        List<int> fromSpread = [.. names.Select(n => n.Length), 9];
        Console.WriteLine(string.Join(",", fromSpread));
        char[] chars = ['x', 'y'];
        Console.WriteLine(new string(chars));
    }
}
