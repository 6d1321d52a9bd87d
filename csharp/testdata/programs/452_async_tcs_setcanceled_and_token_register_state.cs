// checks: TaskCompletionSource.SetCanceled observed by await as TaskCanceledException; CancellationToken.Register with a state object; cancel a pending TCS from a token
using System;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async Task MainAsync()
    {
        var tcs = new TaskCompletionSource<string>();
        var cts = new CancellationTokenSource();
        cts.Token.Register(state => ((TaskCompletionSource<string>)state).TrySetCanceled(), tcs);
        var waiting = tcs.Task;
        Console.WriteLine("pending: " + waiting.Status);
        cts.Cancel();
        try { await waiting; }
        catch (TaskCanceledException) { Console.WriteLine("canceled through token: " + waiting.Status); }
        var other = new TaskCompletionSource<int>();
        other.SetCanceled();
        Console.WriteLine(other.Task.IsCanceled + " " + other.TrySetResult(1));
        var reg = new CancellationTokenSource();
        int called = 0;
        using (reg.Token.Register(() => called++)) { }
        reg.Cancel();
        Console.WriteLine("disposed registration called: " + called);
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
