// checks: Task.Run and ContinueWith with lambdas whose result type C# infers (Task<int>, Task<string>): .Result, await, chains, nested Task.Run, async lambdas returning values
using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Twice(Func<Task<int>> f)
    {
        int a = await f();
        int b = await f();
        return a + b;
    }

    static async Task MainAsync()
    {
        var t = Task.Run(() => 6 * 7);
        Console.WriteLine("Run: " + t.Result);
        var nested = Task.Run(() => Task.Run(() => 20).Result + 1);
        Console.WriteLine("nested: " + await nested);
        var s = Task.Run(async () => { await Task.Delay(5); return "from async lambda"; });
        Console.WriteLine(await s);
        var chain = Task.Run(() => 3).ContinueWith(p => p.Result * 5).ContinueWith(p => "chain " + p.Result);
        Console.WriteLine(chain.Result);
        int calls = 0;
        int sum = await Twice(async () => { calls++; await Task.Yield(); return calls * 10; });
        Console.WriteLine("Twice: " + sum + " after " + calls + " calls");
        var unwrapped = Task.Run(() => Task.FromResult("unwrapped by Run"));
        Console.WriteLine(await unwrapped);
        var failing = Task.Run(() => { if (calls > 0) throw new InvalidOperationException("no value"); return 1; });
        try { Console.WriteLine(failing.Result); }
        catch (AggregateException e) { Console.WriteLine("Result: " + e.InnerException.GetType().Name + ": " + e.InnerException.Message); }
        try { await failing; }
        catch (InvalidOperationException e) { Console.WriteLine("await: " + e.Message); }
        Console.WriteLine(failing.Status);
    }

    static void Main() { MainAsync().Wait(); }
}
