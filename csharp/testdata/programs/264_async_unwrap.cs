// checks: ContinueWith returning a Task gives Task<Task<T>>; Unwrap flattens it; Task.Run with async lambda auto-unwraps
using System;
using System.Threading.Tasks;

class Program
{
    static async Task<string> Lookup(string number) { await Task.Delay(5); return "agent-for-" + number; }

    static async Task MainAsync()
    {
        Task<Task<string>> nested = Task.FromResult("101").ContinueWith(p => Lookup(p.Result));
        Task<string> flat = nested.Unwrap();
        Console.WriteLine(await flat);
        Task<string> inner = await nested;
        Console.WriteLine(await inner);
        Task plain = Task.FromResult(0).ContinueWith(p => Task.Delay(5)).Unwrap();
        await plain;
        Console.WriteLine("plain unwrap " + plain.Status);
        Task<string> auto = Task.Run(() => Lookup("102"));
        Console.WriteLine(await auto);
        var failing = Task.FromResult(0).ContinueWith<Task<int>>(p => { throw new ArgumentException("inner failure"); }).Unwrap();
        try { await failing; }
        catch (ArgumentException e) { Console.WriteLine("unwrap propagates " + e.Message); }
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
