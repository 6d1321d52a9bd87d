// checks: nested Task.Run, exceptions from Task.Run surfacing through Wait() as AggregateException and through await as the original type
using System;
using System.Threading.Tasks;

class Program
{
    static void Main()
    {
        var outer = Task.Run(() => Task.Run(() => 21).Result * 2);
        Console.WriteLine(outer.Result);
        var bad = Task.Run(() => { throw new FormatException("bad caller id"); });
        try { bad.Wait(); }
        catch (AggregateException e) { Console.WriteLine("Wait: " + e.InnerExceptions.Count + " " + e.InnerException.GetType().Name + " " + e.InnerException.Message); }
        Func<Task> f = async () => await bad;
        try { f().GetAwaiter().GetResult(); }
        catch (FormatException e) { Console.WriteLine("await: " + e.Message); }
        Console.WriteLine(bad.IsFaulted + " " + (bad.Exception.InnerException is FormatException));
    }
}
