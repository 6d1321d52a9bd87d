// checks: exceptions through async code: await rethrows the original exception type, an exception before the first await is still captured in the task, Task.WhenAll with several failures (await gives the first, Exception.InnerExceptions has all), .Wait() and .Result wrap in AggregateException, Flatten, finally blocks in async methods, exceptions in Task.Run, ContinueWith seeing a faulted antecedent
using System;
using System.Linq;
using System.Threading.Tasks;

class Program
{
    static async Task<int> FailAfter(int ms, string msg)
    {
        await Task.Delay(ms);
        throw new InvalidOperationException(msg);
    }

    static async Task<int> FailImmediately()
    {
        if (DateTime.MinValue.Year == 1) throw new ArgumentException("sync part");
        await Task.Delay(1);
        return 1;
    }

    static async Task WithFinally(System.Collections.Generic.List<string> log)
    {
        try
        {
            log.Add("start");
            await Task.Delay(10);
            throw new TimeoutException("late");
        }
        finally
        {
            log.Add("finally");
        }
    }

    static async Task Run()
    {
        var t = FailImmediately();
        Console.WriteLine("task created, faulted=" + t.IsFaulted);
        try { await t; } catch (ArgumentException e) { Console.WriteLine("awaited: " + e.Message); }

        var all = Task.WhenAll(FailAfter(30, "a"), FailAfter(10, "b"), Task.FromResult(3));
        try { await all; }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("first: " + e.Message);
            Console.WriteLine("all: " + string.Join(",", all.Exception.InnerExceptions.Select(x => x.Message)));
        }

        try { FailAfter(5, "c").Wait(); }
        catch (AggregateException ae) { Console.WriteLine("Wait: " + ae.InnerExceptions.Count + " " + ae.InnerException.GetType().Name + " " + ae.InnerException.Message); }
        try { var r = FailAfter(5, "d").Result; }
        catch (AggregateException ae) { Console.WriteLine("Result: " + ae.InnerException.Message); }

        var nested = new AggregateException(new Exception("x"), new AggregateException(new Exception("y"), new Exception("z")));
        Console.WriteLine("flatten: " + string.Join(",", nested.Flatten().InnerExceptions.Select(e => e.Message)));

        var log = new System.Collections.Generic.List<string>();
        try { await WithFinally(log); }
        catch (TimeoutException e) { log.Add("caught " + e.Message); }
        Console.WriteLine(string.Join(" > ", log));

        try { await Task.Run(() => { throw new NotSupportedException("in Run"); }); }
        catch (NotSupportedException e) { Console.WriteLine("Task.Run: " + e.Message); }

        var cont = await FailAfter(5, "e").ContinueWith(a => a.IsFaulted ? "continuation saw " + a.Exception.InnerException.Message : "ok");
        Console.WriteLine(cont);

        Task<int> faulted = Task.FromException<int>(new FormatException("pre-faulted"));
        Console.WriteLine(faulted.IsFaulted + " " + faulted.Status);
        try { await faulted; } catch (FormatException e) { Console.WriteLine(e.Message); }
    }

    static void Main()
    {
        Run().Wait();
        Console.WriteLine("done");
    }
}
