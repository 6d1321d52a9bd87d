// checks: awaiting a TaskCompletionSource created with RunContinuationsAsynchronously: SetResult returns before the awaiting method resumes
using System;
using System.Threading.Tasks;

class Program
{
    static async Task Waiter(Task<int> t, TaskCompletionSource<bool> resumed)
    {
        int v = await t;
        resumed.SetResult(true);
    }

    static async Task MainAsync()
    {
        var tcs = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var resumed = new TaskCompletionSource<bool>();
        var w = Waiter(tcs.Task, resumed);
        tcs.SetResult(1);
        await resumed.Task;
        await w;
        Console.WriteLine("waiter completed: " + w.Status);
        Console.WriteLine(tcs.Task.CreationOptions);
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
