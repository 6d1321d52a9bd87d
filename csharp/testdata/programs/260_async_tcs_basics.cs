// checks: TaskCompletionSource SetResult/TrySetResult/SetException/TrySetCanceled, Task status transitions, second set fails
using System;
using System.Threading.Tasks;

class Program
{
    static async Task MainAsync()
    {
        var tcs = new TaskCompletionSource<int>();
        Console.WriteLine(tcs.Task.Status);
        Console.WriteLine(tcs.TrySetResult(5) + " " + tcs.TrySetResult(6) + " " + tcs.Task.Result + " " + tcs.Task.Status);
        try { tcs.SetResult(7); }
        catch (InvalidOperationException) { Console.WriteLine("InvalidOperationException on second SetResult"); }
        var err = new TaskCompletionSource<int>();
        err.SetException(new FormatException("bad digits"));
        Console.WriteLine(err.Task.Status + " " + err.Task.IsFaulted + " " + err.Task.Exception.InnerException.Message);
        try { await err.Task; }
        catch (FormatException e) { Console.WriteLine("await threw " + e.GetType().Name + ": " + e.Message); }
        var can = new TaskCompletionSource<string>();
        Console.WriteLine(can.TrySetCanceled() + " " + can.Task.Status + " " + can.Task.IsCanceled);
        try { await can.Task; }
        catch (TaskCanceledException) { Console.WriteLine("TaskCanceledException"); }
        try { var x = err.Task.Result; }
        catch (AggregateException ae) { Console.WriteLine("Result threw AggregateException with " + ae.InnerException.GetType().Name); }
        try { can.Task.Wait(); }
        catch (AggregateException ae) { Console.WriteLine("Wait threw AggregateException with " + ae.InnerException.GetType().Name); }
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
