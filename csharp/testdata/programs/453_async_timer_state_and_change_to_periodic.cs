// checks: System.Threading.Timer created stopped, started with Change(due, period), state object passed to the callback, stopped with Change(Infinite)
using System;
using System.Threading;
using System.Threading.Tasks;

class Box { public int Ticks; public readonly TaskCompletionSource<int> Done = new TaskCompletionSource<int>(); }

class Program
{
    static async Task MainAsync()
    {
        var box = new Box();
        var timer = new Timer(s =>
        {
            var b = (Box)s;
            int n = Interlocked.Increment(ref b.Ticks);
            if (n == 4) b.Done.TrySetResult(n);
        }, box, Timeout.Infinite, Timeout.Infinite);
        await Task.Delay(30);
        Console.WriteLine("before start: " + box.Ticks);
        timer.Change(5, 10);
        Console.WriteLine("reached " + await box.Done.Task);
        timer.Change(Timeout.Infinite, Timeout.Infinite);
        timer.Dispose();
        Console.WriteLine("ticks >= 4: " + (box.Ticks >= 4));
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
