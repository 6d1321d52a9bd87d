// checks: await using disposes in reverse order and awaits an asynchronous DisposeAsync before going on, also when the body throws; an async local function iterator; async methods returning ValueTask and ValueTask<T>
// expect: hand-checked (C# 8: await using, async local functions returning IAsyncEnumerable)
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Res : IAsyncDisposable
{
    readonly string name;
    public Res(string name) { this.name = name; Console.WriteLine("open " + name); }
    public async ValueTask DisposeAsync()
    {
        await Task.Delay(5);
        Console.WriteLine("closed " + name);
    }
}

class Program
{
    static async ValueTask<int> Add(int a, int b) { await Task.Yield(); return a + b; }

    static async Task Main()
    {
        await using (var a = new Res("a"))
        await using (var b = new Res("b"))
        {
            Console.WriteLine("body");
        }
        Console.WriteLine("after block");
        try
        {
            await using var c = new Res("c");
            throw new Exception("boom");
        }
        catch (Exception e) { Console.WriteLine("caught " + e.Message); }

        async IAsyncEnumerable<int> Evens(int max)
        {
            for (int i = 0; i <= max; i += 2) { await Task.Yield(); yield return i; }
        }
        var list = new List<int>();
        await foreach (var n in Evens(8)) list.Add(n);
        Console.WriteLine(string.Join(",", list));
        Console.WriteLine(await Add(2, 3));
    }
}
