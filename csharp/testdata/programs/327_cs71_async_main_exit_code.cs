// checks: async Task<int> Main returns the exit code after awaiting
// expect: hand-checked (C# 7.1: Mono's mcs does not accept async Main)
using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Main()
    {
        await Task.Yield();
        Console.WriteLine("exiting with 4");
        return 4;
    }
}
