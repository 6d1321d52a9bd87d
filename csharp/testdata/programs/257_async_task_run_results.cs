// checks: Task.Run with Func<int> and Func<Task<int>> (unwrapped), awaiting results; no printing from concurrent tasks
using System;
using System.Linq;
using System.Threading.Tasks;

class Program
{
    static int Fib(int n) { return n < 2 ? n : Fib(n - 1) + Fib(n - 2); }

    static async Task MainAsync()
    {
        int r = await Task.Run(() => Fib(20));
        Console.WriteLine("fib " + r);
        int r2 = await Task.Run(async () => { await Task.Delay(10); return 42; });
        Console.WriteLine("async lambda " + r2);
        await Task.Run(() => Console.WriteLine("action ran"));
        var tasks = Enumerable.Range(1, 5).Select(i => Task.Run(() => i * i)).ToArray();
        int[] all = await Task.WhenAll(tasks);
        Console.WriteLine(string.Join(",", all));
        Console.WriteLine(tasks.All(t => t.Status == TaskStatus.RanToCompletion));
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
