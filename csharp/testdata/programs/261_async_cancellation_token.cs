// checks: CancellationTokenSource Cancel/CancelAfter, Task.Delay with a token throws TaskCanceledException, ThrowIfCancellationRequested, IsCancellationRequested
using System;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Loop(CancellationToken ct)
    {
        int i = 0;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            if (i == 3) return i;
            await Task.Delay(1);
            i++;
        }
    }

    static async Task MainAsync()
    {
        var cts = new CancellationTokenSource();
        Console.WriteLine(cts.IsCancellationRequested + " " + cts.Token.CanBeCanceled + " " + CancellationToken.None.CanBeCanceled);
        Console.WriteLine(await Loop(cts.Token));
        cts.Cancel();
        try { await Loop(cts.Token); }
        catch (OperationCanceledException e) { Console.WriteLine("OperationCanceledException " + (e.CancellationToken == cts.Token)); }
        try { await Task.Delay(1000, cts.Token); }
        catch (TaskCanceledException) { Console.WriteLine("TaskCanceledException from Delay"); }
        var timed = new CancellationTokenSource();
        timed.CancelAfter(30);
        try { await Task.Delay(Timeout.Infinite, timed.Token); }
        catch (OperationCanceledException e) { Console.WriteLine("CancelAfter fired: " + e.GetType().Name + " " + timed.IsCancellationRequested); }
        var t = Task.Delay(1000, timed.Token);
        try { await t; } catch (TaskCanceledException) { }
        Console.WriteLine(t.Status);
        var pre = new CancellationTokenSource(); pre.Cancel();
        var run = Task.Run(() => 1, pre.Token);
        try { await run; } catch (TaskCanceledException) { Console.WriteLine("Task.Run with cancelled token: " + run.Status); }
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
