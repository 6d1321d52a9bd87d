// checks: async methods awaited in sequence: output order follows the await chain; Task<T> results; Task.Delay
using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Step(string name, int ms, int value)
    {
        Console.WriteLine("start " + name);
        await Task.Delay(ms);
        Console.WriteLine("end " + name);
        return value;
    }

    static async Task MainAsync()
    {
        int a = await Step("a", 30, 1);
        int b = await Step("b", 10, 2);
        Console.WriteLine("sum " + (a + b));
        var t = Step("c", 5, 3);
        int c = await t;
        Console.WriteLine("c=" + c + " status " + t.Status);
    }

    static void Main()
    {
        MainAsync().GetAwaiter().GetResult();
        Console.WriteLine("main done");
    }
}
