// checks: ContinueWith with OnlyOnCanceled/NotOnCanceled/NotOnFaulted on canceled and faulted antecedents; continuation Status
using System;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async Task<string> Run(Task antecedent, TaskContinuationOptions opts)
    {
        var c = antecedent.ContinueWith(t => t.Status.ToString(), opts);
        try { return await c; }
        catch (TaskCanceledException) { return "continuation " + c.Status; }
    }

    static async Task MainAsync()
    {
        var cts = new CancellationTokenSource();
        cts.Cancel();
        var canceled = Task.FromCanceled(cts.Token);
        var faulted = Task.FromException(new Exception("x"));
        var ok = Task.CompletedTask;
        foreach (var opt in new[] { TaskContinuationOptions.OnlyOnCanceled, TaskContinuationOptions.NotOnCanceled, TaskContinuationOptions.NotOnFaulted, TaskContinuationOptions.None })
            Console.WriteLine(opt + ": " + await Run(canceled, opt) + " | " + await Run(faulted, opt) + " | " + await Run(ok, opt));
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
