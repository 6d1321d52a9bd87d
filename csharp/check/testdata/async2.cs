// Async warnings: a call returning a task that is not awaited in an async
// method (CS4014), an async method without await (CS1998).
using System;
using System.Threading.Tasks;

class Program
{
    static Task Work() => Task.Delay(1);
    static Task<int> Value() => Task.FromResult(1);

    static async Task Caller()
    {
        /* ERROR "CS4014" "Because this call is not awaited" */ Work();
        /* ERROR "CS4014" */ Task.Run(() => 1);
        _ = Work();
        var t = Value();
        await t;
        await Work();
    }

    static void NotAsync()
    {
        Work();
    }

    static async Task /* ERROR "CS1998" "This async method lacks 'await' operators" */ Lazy() { Console.WriteLine(); }

    static async Task Main()
    {
        Func<Task<int>> f = /* ERROR "CS1998" */ async () => 1;
        Func<Task<int>> g = async () => await Value();
        async Task Local /* ERROR "CS1998" */ () { }
        await Caller();
        await Local();
        Console.WriteLine(await f() + await g());
    }
}
