// checks: async iterators: finally blocks run when await foreach breaks early (DisposeAsync) or the stream ends, an exception thrown by the iterator reaches the await foreach, the enumerator used by hand (MoveNextAsync/Current/DisposeAsync), a second enumeration starts over, ValueTask<T> from a plain method
// expect: hand-checked (C# 8: async streams)
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Program
{
    static async IAsyncEnumerable<string> Lines(int n)
    {
        try
        {
            for (int i = 1; i <= n; i++)
            {
                await Task.Delay(10);
                Console.WriteLine("  producing " + i);
                yield return "line " + i;
            }
        }
        finally
        {
            Console.WriteLine("  producer finally");
        }
    }

    static async IAsyncEnumerable<int> Failing()
    {
        yield return 1;
        await Task.Yield();
        throw new InvalidOperationException("stream broke");
    }

    static ValueTask<int> Cached(bool hit) => hit ? new ValueTask<int>(7) : new ValueTask<int>(Slow());

    static async Task<int> Slow() { await Task.Delay(5); return 8; }

    static async Task Main()
    {
        await foreach (var l in Lines(5))
        {
            Console.WriteLine(l);
            if (l == "line 2") break;
        }
        Console.WriteLine("after break");
        try
        {
            await foreach (var x in Failing()) Console.WriteLine("got " + x);
        }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
        var stream = Lines(2);
        var e1 = stream.GetAsyncEnumerator();
        while (await e1.MoveNextAsync()) Console.WriteLine("by hand: " + e1.Current);
        await e1.DisposeAsync();
        int count = 0;
        await foreach (var l in stream) count++;
        Console.WriteLine("again: " + count);
        Console.WriteLine(await Cached(true) + await Cached(false));
        var vt = Cached(true);
        Console.WriteLine(vt.IsCompleted + " " + vt.Result);
    }
}
