// checks: TaskCompletionSource<T> completed from a callback, SetException and TrySetResult after completion, CancellationTokenSource.Cancel with registered callbacks (run in registration-reverse order), ThrowIfCancellationRequested raising OperationCanceledException, Task.Delay with a cancelled token giving TaskCanceledException, task Status values, CancelAfter with widely separated timings, linked tokens
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static Task<string> Dial(string number, Action<Action<string>> subscribe)
    {
        var tcs = new TaskCompletionSource<string>();
        subscribe(result =>
        {
            if (result == "error") tcs.SetException(new InvalidOperationException("dial failed: " + number));
            else tcs.TrySetResult(number + " " + result);
        });
        return tcs.Task;
    }

    static async Task<int> CountUntilCancelled(CancellationToken token)
    {
        int n = 0;
        while (true)
        {
            token.ThrowIfCancellationRequested();
            await Task.Delay(100);
            n++;
        }
    }

    static async Task Run()
    {
        Action<string> pending = null;
        var t = Dial("201", cb => pending = cb);
        Console.WriteLine(t.Status);
        pending("answered");
        Console.WriteLine(await t + " / " + t.Status);

        var tcs2 = new TaskCompletionSource<int>();
        Console.WriteLine(tcs2.TrySetResult(1) + " " + tcs2.TrySetResult(2) + " " + tcs2.Task.Result);
        try { tcs2.SetResult(3); } catch (InvalidOperationException) { Console.WriteLine("SetResult twice throws"); }

        var failed = Dial("202", cb => cb("error"));
        try { await failed; }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message + " / " + failed.Status + " / " + failed.IsFaulted); }

        var cts = new CancellationTokenSource();
        var order = new List<string>();
        cts.Token.Register(() => order.Add("first registered"));
        cts.Token.Register(() => order.Add("second registered"));
        Console.WriteLine(cts.IsCancellationRequested);
        cts.Cancel();
        Console.WriteLine(cts.IsCancellationRequested + " " + string.Join(", ", order));
        cts.Token.Register(() => order.Add("late registration runs at once"));
        Console.WriteLine(order[order.Count - 1]);

        var cts2 = new CancellationTokenSource();
        var counting = CountUntilCancelled(cts2.Token);
        cts2.CancelAfter(450);
        try { await counting; }
        catch (OperationCanceledException e) { Console.WriteLine(e.GetType().Name + " " + counting.Status + " " + counting.IsCanceled); }

        var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var d = Task.Delay(1000, cancelled.Token);
        try { await d; }
        catch (TaskCanceledException) { Console.WriteLine("delay cancelled: " + d.Status); }

        var outer = new CancellationTokenSource();
        var inner = new CancellationTokenSource();
        var linked = CancellationTokenSource.CreateLinkedTokenSource(outer.Token, inner.Token);
        Console.WriteLine(linked.Token.IsCancellationRequested);
        inner.Cancel();
        Console.WriteLine(linked.Token.IsCancellationRequested + " " + outer.IsCancellationRequested);

        var tcs3 = new TaskCompletionSource<bool>();
        tcs3.SetCanceled();
        try { await tcs3.Task; }
        catch (TaskCanceledException) { Console.WriteLine("tcs cancelled: " + tcs3.Task.Status); }
        Console.WriteLine(CancellationToken.None.CanBeCanceled + " " + new CancellationToken(true).IsCancellationRequested);
    }

    static void Main()
    {
        Run().Wait();
        Console.WriteLine("done");
    }
}
