// checks: many short async calls and deep async recursion (coroutines reused one after another keep no state of the previous one), closures capturing locals of finished async methods, exceptions from deep async frames
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Depth(int n)
    {
        if (n == 0) { await Task.Yield(); return 0; }
        int local = n * 2;
        int below = await Depth(n - 1);
        return below + local - n;
    }

    static async Task<Func<int>> MakeCounter(int start)
    {
        int count = start;
        await Task.Delay(1);
        return () => ++count;
    }

    static async Task<string> Concat(string a, int i)
    {
        string[] parts = { a, i.ToString(), "|" };
        if (i % 3 == 0) await Task.Yield();
        return string.Join("", parts);
    }

    static async Task Thrower(int n)
    {
        if (n == 0) throw new ArgumentException("bottom reached");
        await Thrower(n - 1);
    }

    static async Task MainAsync()
    {
        Console.WriteLine("depth 300: " + await Depth(300));
        var counters = new List<Func<int>>();
        for (int i = 0; i < 5; i++) counters.Add(await MakeCounter(i * 100));
        for (int round = 0; round < 2; round++)
        {
            var line = "";
            foreach (var c in counters) line += c() + " ";
            Console.WriteLine(line.TrimEnd());
        }
        string acc = "";
        for (int i = 0; i < 12; i++) acc = await Concat(acc.Length > 20 ? "" : acc, i);
        Console.WriteLine(acc);
        var tasks = new List<Task<int>>();
        for (int i = 0; i < 200; i++) tasks.Add(Depth(i % 7));
        int total = 0;
        foreach (var r in await Task.WhenAll(tasks)) total += r;
        Console.WriteLine("200 tasks: " + total);
        try { await Thrower(50); }
        catch (ArgumentException e) { Console.WriteLine("caught: " + e.Message); }
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
