// checks: a polling loop awaiting Task.Delay with a token ends with TaskCanceledException after CancelAfter (deterministic: the loop arms CancelAfter itself, then waits far longer)
using System;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Poll(CancellationTokenSource cts)
    {
        int n = 0;
        try
        {
            while (true)
            {
                await Task.Delay(n < 3 ? 10 : 60000, cts.Token);
                n++;
                if (n == 3) cts.CancelAfter(50);
            }
        }
        catch (TaskCanceledException) { return n; }
    }

    static async Task MainAsync()
    {
        var cts = new CancellationTokenSource();
        int n = await Poll(cts);
        Console.WriteLine("stopped: " + cts.IsCancellationRequested + ", polled: " + n);
        var never = new CancellationTokenSource();
        var t = Poll(never);
        never.Cancel();
        Console.WriteLine("polls after immediate cancel: " + await t);
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
