using System;
using System.Threading;
using System.Threading.Tasks;
class Program {
    static async Task<int> Work(string name, int ms) {
        Console.WriteLine("start " + name);
        await Task.Delay(ms);
        Console.WriteLine("end " + name);
        return ms;
    }
    static async Task Main() {
        var a = Work("a", 30);
        var b = Work("b", 10);
        var r = await Task.WhenAll(a, b);
        Console.WriteLine(r[0] + r[1]);
        var cts = new CancellationTokenSource();
        cts.CancelAfter(5);
        try { await Task.Delay(1000, cts.Token); }
        catch (TaskCanceledException e) { Console.WriteLine("canceled: " + e.Message); }
        var t = Task.Delay(10).ContinueWith(x => 42, TaskContinuationOptions.OnlyOnFaulted);
        try { await t; } catch (TaskCanceledException) { Console.WriteLine("continuation canceled " + t.Status); }
        var tcs = new TaskCompletionSource<string>();
        var timer = new Timer(_ => tcs.TrySetResult("timer"), null, 20, Timeout.Infinite);
        Console.WriteLine(await tcs.Task);
        Task<Task<int>> nested = Task.Delay(5).ContinueWith(x => Work("c", 5), TaskContinuationOptions.NotOnCanceled);
        Console.WriteLine(await nested.Unwrap());
        try { var bad = Task.FromException<int>(new InvalidOperationException("boom")); Console.WriteLine(bad.Result); }
        catch (AggregateException e) { Console.WriteLine(e.InnerException.Message + " | " + e.Message); }
    }
}
// Output:
// start a
// start b
// end b
// end a
// 40
// canceled: A task was canceled.
// continuation canceled Canceled
// timer
// start c
// end c
// 5
// boom | One or more errors occurred. (boom)
