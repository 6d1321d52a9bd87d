// checks: ContinueWith receives the antecedent, chains results, TaskContinuationOptions OnlyOnRanToCompletion/OnlyOnFaulted cancel the continuation when not matching
using System;
using System.Threading.Tasks;

class Program
{
    static async Task MainAsync()
    {
        var t = Task.FromResult(20);
        var c = t.ContinueWith(prev => prev.Result + 1);
        Console.WriteLine(await c);
        var chain = Task.Run(() => 2).ContinueWith(p => p.Result * 10).ContinueWith(p => "value " + p.Result);
        Console.WriteLine(await chain);
        var ok = Task.FromResult(1);
        var onFault = ok.ContinueWith(p => Console.WriteLine("never"), TaskContinuationOptions.OnlyOnFaulted);
        try { await onFault; }
        catch (TaskCanceledException) { Console.WriteLine("OnlyOnFaulted continuation cancelled: " + onFault.Status); }
        var bad = Task.FromException<int>(new InvalidOperationException("antecedent failed"));
        var handler = bad.ContinueWith(p => "handled " + p.Exception.InnerException.Message, TaskContinuationOptions.OnlyOnFaulted);
        Console.WriteLine(await handler);
        var onSuccess = bad.ContinueWith(p => 0, TaskContinuationOptions.OnlyOnRanToCompletion);
        try { await onSuccess; } catch (TaskCanceledException) { Console.WriteLine("OnlyOnRanToCompletion cancelled: " + onSuccess.IsCanceled); }
        var always = bad.ContinueWith(p => p.Status.ToString());
        Console.WriteLine(await always);
        var sync = Task.FromResult("x").ContinueWith(p => p.Result + "y", TaskContinuationOptions.ExecuteSynchronously);
        Console.WriteLine(await sync);
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
