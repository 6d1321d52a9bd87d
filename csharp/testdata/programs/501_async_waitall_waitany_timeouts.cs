// checks: Task.WaitAll/WaitAny with a timeout (true/false, -1 for none), faults through WaitAll, Task.CreationOptions of Task.Run, TaskCompletionSource and async methods
using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Slow(int ms, int v) { await Task.Delay(ms); return v; }
    static async Task Plain() { await Task.Delay(1); }

    static void Main()
    {
        var never = new TaskCompletionSource<bool>();
        Console.WriteLine("all done in time: " + Task.WaitAll(new Task[] { Slow(5, 1), Slow(10, 2) }, 5000));
        Console.WriteLine("all with a never: " + Task.WaitAll(new Task[] { Slow(5, 1), never.Task }, 50));
        Console.WriteLine("all, TimeSpan: " + Task.WaitAll(new Task[] { Task.Delay(5) }, TimeSpan.FromSeconds(5)));
        Console.WriteLine("any none: " + Task.WaitAny(new Task[] { never.Task }, 30));
        Console.WriteLine("any: " + Task.WaitAny(new Task[] { never.Task, Slow(5, 3) }, 5000));
        Console.WriteLine("any done at once: " + Task.WaitAny(new Task[] { never.Task, Task.FromResult(1) }, 0));
        var bad = Task.Run(() => { throw new FormatException("bad input"); });
        try { Task.WaitAll(new Task[] { Slow(5, 1), bad }, 5000); }
        catch (AggregateException e) { Console.WriteLine("WaitAll: " + e.InnerExceptions.Count + " " + e.InnerException.Message); }
        var src = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        Console.WriteLine(src.Task.CreationOptions);
        Console.WriteLine(new TaskCompletionSource<int>().Task.CreationOptions);
        Console.WriteLine(Task.Run(() => 1).CreationOptions);
        Console.WriteLine(Plain().CreationOptions);
        src.SetResult(5);
        Console.WriteLine(src.Task.Result);
    }
}
