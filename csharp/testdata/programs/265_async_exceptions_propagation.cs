// checks: exceptions thrown in async methods are stored in the task and rethrown at await (original type, not AggregateException); try/finally across awaits
using System;
using System.Threading.Tasks;

class RouteException : Exception { public RouteException(string m) : base(m) { } }

class Program
{
    static async Task Route(string target)
    {
        try
        {
            await Task.Delay(5);
            if (target == "bad") throw new RouteException("no route to " + target);
            Console.WriteLine("routed to " + target);
        }
        finally { Console.WriteLine("cleanup " + target); }
    }

    static async Task<int> ThrowsBeforeAwait()
    {
        throw new InvalidOperationException("thrown synchronously");
#pragma warning disable 162
        await Task.Delay(1);
        return 1;
#pragma warning restore 162
    }

    static async Task MainAsync()
    {
        await Route("101");
        try { await Route("bad"); }
        catch (RouteException e) { Console.WriteLine("caught " + e.Message); }
        var t = ThrowsBeforeAwait();
        Console.WriteLine("task returned, faulted=" + t.IsFaulted);
        try { await t; }
        catch (InvalidOperationException e) { Console.WriteLine("await: " + e.Message); }
        try { t.Wait(); }
        catch (AggregateException e) { Console.WriteLine("Wait: AggregateException -> " + e.InnerException.Message); }
        try { t.GetAwaiter().GetResult(); }
        catch (InvalidOperationException e) { Console.WriteLine("GetResult: " + e.Message); }
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
