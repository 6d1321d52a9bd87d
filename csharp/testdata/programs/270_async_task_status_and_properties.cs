// checks: Task.CompletedTask, FromResult, FromException, FromCanceled statuses and IsCompleted/IsFaulted/IsCanceled; Exception is AggregateException
using System;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static void Show(string name, Task t)
    {
        Console.WriteLine(name + ": " + t.Status + " completed=" + t.IsCompleted + " faulted=" + t.IsFaulted + " canceled=" + t.IsCanceled + " exc=" + (t.Exception == null ? "none" : t.Exception.GetType().Name));
    }

    static void Main()
    {
        Show("CompletedTask", Task.CompletedTask);
        Show("FromResult", Task.FromResult("x"));
        Show("FromException", Task.FromException(new TimeoutException()));
        var cts = new CancellationTokenSource();
        cts.Cancel();
        Show("FromCanceled", Task.FromCanceled(cts.Token));
        var tcs = new TaskCompletionSource<object>();
        Show("pending", tcs.Task);
        Show("Delay(0)", Task.Delay(0));
        Console.WriteLine(Task.FromResult(7).Result + " " + Task.FromException<int>(new TimeoutException()).Exception.InnerException.GetType().Name);
    }
}
