// checks: .NET 6+ task APIs: Task.WaitAsync with timeout (TimeoutException), CancellationTokenSource.TryReset, CancelAsync (.NET 8), Task.WhenAll over IEnumerable
// expect: hand-checked (.NET 8 API: Mono 6.8 lacks WaitAsync, TryReset and CancelAsync)
using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async Task Main()
    {
        var never = new TaskCompletionSource<bool>().Task;
        try { await never.WaitAsync(TimeSpan.FromMilliseconds(20)); }
        catch (TimeoutException) { Console.WriteLine("TimeoutException"); }
        var quick = Task.FromResult(5);
        Console.WriteLine(await quick.WaitAsync(TimeSpan.FromSeconds(1)));
        var cts = new CancellationTokenSource();
        Console.WriteLine(cts.TryReset());
        await cts.CancelAsync();
        Console.WriteLine(cts.IsCancellationRequested + " " + cts.TryReset());
        try { await never.WaitAsync(cts.Token); }
        catch (TaskCanceledException) { Console.WriteLine("TaskCanceledException"); }
        int[] r = await Task.WhenAll(Enumerable.Range(1, 3).Select(async i => { await Task.Delay(i); return i * 10; }));
        Console.WriteLine(string.Join(",", r));
    }
}
