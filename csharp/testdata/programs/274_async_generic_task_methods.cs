// checks: async methods returning Task<T> for strings, tuples and lists; async lambdas assigned to Func<Task<T>>; awaiting in loops and conditions
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Program
{
    static async Task<(string name, int ext)> FindAgent(string caller)
    {
        await Task.Yield();
        return caller.EndsWith("1") ? ("ann", 101) : ("bob", 102);
    }

    static async Task<List<int>> Range(int n)
    {
        var l = new List<int>();
        for (int i = 0; i < n; i++) { await Task.Delay(1); l.Add(i); }
        return l;
    }

    static async Task MainAsync()
    {
        var a = await FindAgent("+491");
        Console.WriteLine(a.name + " " + a.ext);
        var (n, e) = await FindAgent("+492");
        Console.WriteLine(n + " " + e);
        Console.WriteLine(string.Join(",", await Range(4)));
        Func<int, Task<int>> doubler = async x => { await Task.Delay(1); return x * 2; };
        int total = 0;
        foreach (var x in new[] { 1, 2, 3 }) total += await doubler(x);
        Console.WriteLine(total);
        if (await doubler(5) > 9) Console.WriteLine("awaited in condition");
        string s = (await FindAgent("1")).name.ToUpper();
        Console.WriteLine(s);
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
