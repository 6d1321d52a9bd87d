// Async: await outside async (CS4032, CS4033, CS4034), Task<T> typing through await, Task.Run, ContinueWith and Unwrap.
using System;
using System.Threading.Tasks;

class Program
{
    static int NotAsync()
    {
        /* ERROR "CS4032" "changing its return type to 'Task<int>'" */ await Task.Delay(1);
        return 1;
    }

    static void NotAsyncVoid()
    {
        /* ERROR "CS4033" */ await Task.Delay(1);
    }

    static async Task<int> Compute()
    {
        await Task.Delay(1);
        return 42;
    }

    static async Task Run()
    {
        int n = await Compute();
        string s = /* ERROR "CS0029" "Cannot implicitly convert type 'int' to 'string'" */ await Compute();
        int r = await Task.Run(async () => { await Task.Delay(1); return 5; });
        int q = await Task.Run(() => 7);
        string bad = /* ERROR "CS0029" */ await Task.Run(() => 7);
        int c = await Task.Delay(1).ContinueWith(t => 3);
        int u = await Task.Delay(1).ContinueWith(t => Compute()).Unwrap();
        Func<Task> f = () => { /* ERROR "CS4034" */ await Task.Delay(1); return Task.CompletedTask; };
        Console.WriteLine(n + r + q + c + u + s + bad);
    }

    static async Task Main() => await Run();
}
