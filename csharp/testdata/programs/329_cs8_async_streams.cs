// checks: IAsyncEnumerable with async iterators and await foreach; await using with IAsyncDisposable
// expect: hand-checked (C# 8: async streams and await using)
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Conn : IAsyncDisposable
{
    public ValueTask DisposeAsync()
    {
        Console.WriteLine("async dispose");
        return default;
    }
}

class Program
{
    static async IAsyncEnumerable<int> Digits(string s)
    {
        foreach (var c in s)
        {
            await Task.Delay(1);
            if (c == '#') yield break;
            yield return c - '0';
        }
    }

    static async Task Main()
    {
        int sum = 0;
        await foreach (var d in Digits("123#9"))
        {
            Console.WriteLine("digit " + d);
            sum += d;
        }
        Console.WriteLine("sum " + sum);
        await using (var c = new Conn())
        {
            Console.WriteLine("using conn");
        }
        await using var c2 = new Conn();
        Console.WriteLine("end of Main");
    }
}
