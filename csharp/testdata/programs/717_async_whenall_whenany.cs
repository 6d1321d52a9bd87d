// checks: async/await: Task.WhenAll collects results in argument order, WhenAny returns the first finished task (timings far apart), Task.Delay, async methods returning Task<T>, await of a completed Task.FromResult, sequential vs concurrent awaits, exceptions from awaited tasks, Task.Run with a result
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Square(int x, int delayMs)
    {
        await Task.Delay(delayMs);
        return x * x;
    }

    static async Task<string> Named(string name, int ms)
    {
        await Task.Delay(ms);
        return name;
    }

    static async Task<int> Fails(int ms)
    {
        await Task.Delay(ms);
        throw new InvalidOperationException("failed after " + ms);
    }

    static async Task Run()
    {
        var results = await Task.WhenAll(Square(3, 300), Square(4, 10), Square(5, 150));
        Console.WriteLine(string.Join(",", results));

        var first = await Task.WhenAny(Named("slow", 3000), Named("fast", 20));
        Console.WriteLine("first: " + first.Result);

        int v = await Task.FromResult(41) + 1;
        Console.WriteLine(v);

        var tasks = Enumerable.Range(1, 4).Select(i => Square(i, 50 * i)).ToList();
        int total = 0;
        foreach (var t in tasks) total += await t;
        Console.WriteLine("total " + total);

        try
        {
            await Fails(10);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught: " + e.Message);
        }

        var all = Task.WhenAll(Fails(50), Square(2, 10));
        try { await all; }
        catch (InvalidOperationException e) { Console.WriteLine("whenall threw " + e.Message + "; status " + all.Status); }

        int r = await Task.Run(() => 6 * 7);
        Console.WriteLine("run " + r);
        var list = new List<Task<string>> { Named("a", 30), Named("b", 10) };
        var done = await Task.WhenAll(list);
        Console.WriteLine(string.Join("", done) + " " + list[0].IsCompleted + " " + list[1].Status);
    }

    static void Main()
    {
        Run().Wait();
        Console.WriteLine("done");
    }
}
