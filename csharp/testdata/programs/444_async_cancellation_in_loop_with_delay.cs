// checks: a polling loop awaiting Task.Delay with a token ends with TaskCanceledException after CancelAfter; iteration count bounded, not exact
using System;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Poll(CancellationToken ct)
    {
        int n = 0;
        try
        {
            while (true) { await Task.Delay(10, ct); n++; }
        }
        catch (TaskCanceledException) { return n; }
    }

    static async Task MainAsync()
    {
        var cts = new CancellationTokenSource(100);
        int n = await Poll(cts.Token);
        Console.WriteLine("stopped: " + cts.IsCancellationRequested + ", polled at least once: " + (n >= 1) + ", at most 10: " + (n <= 10));
        var never = new CancellationTokenSource();
        var t = Poll(never.Token);
        never.Cancel();
        Console.WriteLine("polls after immediate cancel: " + await t);
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
