// checks: a single consumer awaiting a TaskCompletionSource signal per item from a Queue; items produced in order, consumed in order
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Channel
{
    readonly Queue<string> items = new Queue<string>();
    TaskCompletionSource<bool> signal = new TaskCompletionSource<bool>();
    public void Write(string s) { items.Enqueue(s); signal.TrySetResult(true); }
    public async Task<string> ReadAsync()
    {
        while (items.Count == 0)
        {
            await signal.Task;
            signal = new TaskCompletionSource<bool>();
        }
        return items.Dequeue();
    }
}

class Program
{
    static async Task MainAsync()
    {
        var ch = new Channel();
        var consumer = Task.Run(async () =>
        {
            var got = new List<string>();
            for (int i = 0; i < 4; i++) got.Add(await ch.ReadAsync());
            return got;
        });
        foreach (var d in new[] { "1", "2", "3", "#" }) { await Task.Delay(5); ch.Write(d); }
        var all = await consumer;
        Console.WriteLine(string.Join("", all));
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
