// checks: an async void handler (like ScriptBase.Start) runs until its first await, then completes later; completion observed through a TaskCompletionSource
using System;
using System.Threading.Tasks;

class Script
{
    public readonly TaskCompletionSource<bool> Returned = new TaskCompletionSource<bool>();
    public readonly TaskCompletionSource<bool> Gate = new TaskCompletionSource<bool>();
    public async void Start()
    {
        Console.WriteLine("Start: begin");
        await Task.Run(async () =>
        {
            await Gate.Task;
            Console.WriteLine("Start: inside Task.Run");
        });
        Console.WriteLine("Start: returning true");
        Returned.SetResult(true);
    }
}

class Program
{
    static async Task MainAsync()
    {
        var s = new Script();
        s.Start();
        Console.WriteLine("host: Start returned");
        s.Gate.SetResult(true);
        bool r = await s.Returned.Task;
        Console.WriteLine("host: script returned " + r);
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
