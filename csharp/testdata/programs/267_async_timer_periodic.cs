// checks: a periodic System.Threading.Timer ticks until the callback disposes it after 3 ticks; the count is awaited through a TaskCompletionSource
using System;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async Task MainAsync()
    {
        int ticks = 0;
        var done = new TaskCompletionSource<int>();
        Timer timer = null;
        timer = new Timer(_ =>
        {
            int n = Interlocked.Increment(ref ticks);
            if (n == 3) done.TrySetResult(n);
        }, null, 10, 20);
        int result = await done.Task;
        timer.Dispose();
        Console.WriteLine("ticks reached " + result);
        Console.WriteLine(ticks >= 3);
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
