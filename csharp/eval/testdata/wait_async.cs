using System;
using System.Threading;
using System.Threading.Tasks;
class Program
{
    static async Task Main()
    {
        var never = new TaskCompletionSource<bool>().Task;
        var cts = new CancellationTokenSource();
        Console.WriteLine(cts.TryReset());
        var quick = Task.FromResult(5);
        Console.WriteLine(await quick.WaitAsync(cts.Token));
        var waiting = never.WaitAsync(cts.Token);
        await cts.CancelAsync();
        Console.WriteLine(cts.IsCancellationRequested + " " + cts.TryReset() + " " + waiting.Status);
        try { await waiting; }
        catch (TaskCanceledException) { Console.WriteLine("TaskCanceledException"); }
        var cts2 = new CancellationTokenSource(15);
        try { await Task.Delay(1000).WaitAsync(cts2.Token); }
        catch (OperationCanceledException) { Console.WriteLine("canceled later"); }
    }
}
// Output:
// True
// 5
// True False Canceled
// TaskCanceledException
// canceled later
