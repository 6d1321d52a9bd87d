// checks: System.Threading.Timer one-shot callback signals a TaskCompletionSource; Change reschedules; Dispose prevents further callbacks
using System;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async Task MainAsync()
    {
        var fired = new TaskCompletionSource<string>();
        var timer = new Timer(state => fired.TrySetResult("fired with state " + state), "S1", 30, Timeout.Infinite);
        Console.WriteLine(await fired.Task);
        timer.Dispose();
        int calls = 0;
        var never = new Timer(_ => Interlocked.Increment(ref calls), null, Timeout.Infinite, Timeout.Infinite);
        await Task.Delay(50);
        Console.WriteLine("disabled timer calls: " + calls);
        var second = new TaskCompletionSource<bool>();
        never.Change(10, Timeout.Infinite);
        var t2 = new Timer(_ => second.TrySetResult(true), null, 20, Timeout.Infinite);
        await second.Task;
        await Task.Delay(100);
        Console.WriteLine("after Change calls: " + calls);
        never.Dispose();
        t2.Dispose();
        var cancelled = new Timer(_ => Interlocked.Increment(ref calls), null, 50, Timeout.Infinite);
        cancelled.Dispose();
        await Task.Delay(120);
        Console.WriteLine("after Dispose calls: " + calls);
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
