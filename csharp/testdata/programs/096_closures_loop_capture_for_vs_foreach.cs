// checks: for-loop variable is shared by all closures; foreach variable is fresh per iteration (C# 5+); copying into a local fixes for
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var fs = new List<Func<int>>();
        for (int i = 0; i < 3; i++) fs.Add(() => i);
        foreach (var f in fs) Console.Write(f() + " ");
        Console.WriteLine();
        fs.Clear();
        foreach (var i in new[] { 0, 1, 2 }) fs.Add(() => i);
        foreach (var f in fs) Console.Write(f() + " ");
        Console.WriteLine();
        fs.Clear();
        for (int i = 0; i < 3; i++) { int copy = i; fs.Add(() => copy); }
        foreach (var f in fs) Console.Write(f() + " ");
        Console.WriteLine();
        var acts = new List<Action>();
        int j = 0;
        while (j < 3) { int k = j * 10; acts.Add(() => Console.Write(k + "/" + j + " ")); j++; }
        foreach (var a in acts) a();
        Console.WriteLine();
    }
}
