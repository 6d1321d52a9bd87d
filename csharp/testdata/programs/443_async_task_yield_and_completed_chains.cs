// checks: chains of async methods that complete synchronously return completed tasks; Task.Yield forces an asynchronous continuation
using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Sync(int x) { await Task.CompletedTask; return x + 1; }
    static async Task<int> Chain(int x) { int a = await Sync(x); int b = await Sync(a); return b * 10; }
    static async Task<int> Yielding() { await Task.Yield(); return 7; }

    static async Task MainAsync()
    {
        var t = Chain(1);
        Console.WriteLine("completed synchronously: " + t.IsCompleted + " result " + t.Result);
        var y = Yielding();
        int v = await y;
        Console.WriteLine("yielding result " + v + " " + y.Status);
        int total = 0;
        for (int i = 0; i < 100; i++) total += await Sync(i);
        Console.WriteLine(total);
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
