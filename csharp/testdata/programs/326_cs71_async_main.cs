// checks: async Task Main: awaits run to completion before the process exits; output order follows the await chain
// expect: hand-checked (C# 7.1: Mono's mcs does not accept async Main)
using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Compute(int x)
    {
        await Task.Delay(10);
        return x * 2;
    }

    static async Task Main()
    {
        Console.WriteLine("start");
        int a = await Compute(21);
        Console.WriteLine("a=" + a);
        await Task.WhenAll(Compute(1), Compute(2));
        Console.WriteLine("all done");
    }
}
