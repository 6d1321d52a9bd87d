// checks: Task.WhenAny returns the task that completed first (controlled with TaskCompletionSource), timeout pattern with Task.Delay
using System;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async Task MainAsync()
    {
        var a = new TaskCompletionSource<string>();
        var b = new TaskCompletionSource<string>();
        var any = Task.WhenAny(a.Task, b.Task);
        Console.WriteLine("completed before: " + any.IsCompleted);
        b.SetResult("from b");
        var winner = await any;
        Console.WriteLine((winner == b.Task) + " " + winner.Result);
        a.SetResult("from a");
        var digits = new TaskCompletionSource<string>();
        var timeout = Task.Delay(50);
        var first = await Task.WhenAny(digits.Task, timeout);
        Console.WriteLine(first == timeout ? "timeout" : "digits");
        var quick = Task.FromResult("ready");
        var first2 = await Task.WhenAny(quick, Task.Delay(Timeout.Infinite));
        Console.WriteLine(first2 == quick ? "quick wins" : "delay wins");
        var failing = Task.FromException<int>(new Exception("boom"));
        var f = await Task.WhenAny(failing);
        Console.WriteLine("WhenAny does not throw: " + f.Status);
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
