// checks: an async method runs synchronously until its first await of an incomplete task; awaiting completed tasks does not yield
using System;
using System.Threading.Tasks;

class Program
{
    static async Task Worker(TaskCompletionSource<bool> gate)
    {
        Console.WriteLine("worker: before completed await");
        await Task.CompletedTask;
        await Task.FromResult(1);
        Console.WriteLine("worker: still synchronous");
        await gate.Task;
        Console.WriteLine("worker: resumed after gate");
    }

    static async Task MainAsync()
    {
        var gate = new TaskCompletionSource<bool>();
        Console.WriteLine("main: calling worker");
        Task t = Worker(gate);
        Console.WriteLine("main: worker returned, completed=" + t.IsCompleted);
        gate.SetResult(true);
        await t;
        Console.WriteLine("main: worker finished, completed=" + t.IsCompleted);
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
