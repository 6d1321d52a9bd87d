// checks: concurrent tasks that write to a shared list under a SemaphoreSlim; printed after WhenAll, sorted, so the result does not depend on scheduling
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async Task MainAsync()
    {
        var gate = new SemaphoreSlim(1, 1);
        var results = new List<int>();
        var tasks = Enumerable.Range(1, 8).Select(async i =>
        {
            await Task.Delay(i % 3);
            await gate.WaitAsync();
            try { results.Add(i * 100); }
            finally { gate.Release(); }
        }).ToArray();
        await Task.WhenAll(tasks);
        results.Sort();
        Console.WriteLine(string.Join(",", results));
        Console.WriteLine(gate.CurrentCount);
        int counter = 0;
        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => Interlocked.Increment(ref counter))));
        Console.WriteLine(counter);
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
