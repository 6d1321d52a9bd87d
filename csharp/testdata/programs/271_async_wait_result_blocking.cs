// checks: blocking .Result and .Wait() on tasks from Task.Run and Task.Delay; Wait with timeout returning false on a never-completing task
using System;
using System.Threading.Tasks;

class Program
{
    static void Main()
    {
        var t = Task.Run(() => 6 * 7);
        Console.WriteLine(t.Result);
        var d = Task.Delay(20);
        d.Wait();
        Console.WriteLine("delay done " + d.Status);
        var never = new TaskCompletionSource<bool>().Task;
        Console.WriteLine(never.Wait(30));
        Console.WriteLine(Task.WaitAll(new[] { Task.Delay(5), Task.Delay(10) }, 5000));
        int idx = Task.WaitAny(never, Task.FromResult(1));
        Console.WriteLine("WaitAny index " + idx);
        var chained = Task.Run(async () => { await Task.Delay(5); return "inner"; });
        Console.WriteLine(chained.Result);
    }
}
