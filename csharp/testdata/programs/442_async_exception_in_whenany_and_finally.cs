// checks: WhenAny returns a faulted task without throwing; awaiting it throws; finally blocks in async methods run when exceptions propagate
using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Failing()
    {
        try
        {
            await Task.Delay(5);
            throw new TimeoutException();
        }
        finally { Console.WriteLine("Failing finally"); }
    }

    static async Task MainAsync()
    {
        var slow = new TaskCompletionSource<int>().Task;
        var fail = Failing();
        var first = await Task.WhenAny(fail, slow);
        Console.WriteLine("first is fail: " + (first == fail) + ", status " + first.Status);
        try { await first; }
        catch (TimeoutException) { Console.WriteLine("await rethrew TimeoutException"); }
        try
        {
            try { await Failing(); }
            finally { Console.WriteLine("outer finally"); }
        }
        catch (TimeoutException) { Console.WriteLine("caught outside"); }
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
