// checks: await Task.WhenAll rethrows the first failure; the WhenAll task's Exception holds all failures in task order; Status values
using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Ok(int v) { await Task.Delay(5); return v; }
    static async Task<int> Fail(string msg, int ms) { await Task.Delay(ms); throw new InvalidOperationException(msg); }

    static async Task MainAsync()
    {
        var t1 = Ok(1);
        var t2 = Fail("second", 30);
        var t3 = Fail("third", 10);
        var all = Task.WhenAll(t1, t2, t3);
        try { await all; }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
        Console.WriteLine(all.Status + " " + all.Exception.InnerExceptions.Count);
        foreach (var e in all.Exception.InnerExceptions) Console.WriteLine(" inner " + e.Message);
        Console.WriteLine(t1.Status + " " + t2.Status + " " + t3.Status + " " + t1.Result);
        var none = await Task.WhenAll(new Task<int>[0]);
        Console.WriteLine("empty WhenAll length " + none.Length);
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
