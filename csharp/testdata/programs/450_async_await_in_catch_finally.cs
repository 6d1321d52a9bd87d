// checks: await inside catch and finally blocks (C# 6), exception variable usable after the await, finally awaits before completing
using System;
using System.Threading.Tasks;

class Program
{
    static async Task Log(string s) { await Task.Delay(1); Console.WriteLine("log: " + s); }

    static async Task<string> Work(bool fail)
    {
        try
        {
            await Task.Delay(1);
            if (fail) throw new InvalidOperationException("work failed");
            return "ok";
        }
        catch (InvalidOperationException e)
        {
            await Log("caught " + e.Message);
            return "recovered";
        }
        finally
        {
            await Log("finally fail=" + fail);
        }
    }

    static async Task MainAsync()
    {
        Console.WriteLine(await Work(false));
        Console.WriteLine(await Work(true));
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
