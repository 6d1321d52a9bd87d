// checks: starting tasks before awaiting (concurrent) gives the same results as awaiting one by one; results read after WhenAll in task order
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Program
{
    static async Task<string> Lookup(string number, int ms)
    {
        await Task.Delay(ms);
        return number + "=>" + (number.Length * 7 % 10);
    }

    static async Task MainAsync()
    {
        var seq = new List<string>();
        foreach (var n in new[] { "101", "2002", "30003" }) seq.Add(await Lookup(n, 5));
        Console.WriteLine(string.Join(" ", seq));
        var t1 = Lookup("101", 30);
        var t2 = Lookup("2002", 5);
        var t3 = Lookup("30003", 15);
        await Task.WhenAll(t1, t2, t3);
        Console.WriteLine(t1.Result + " " + t2.Result + " " + t3.Result);
        var arr = await Task.WhenAll(new[] { t3, t1 });
        Console.WriteLine(string.Join(" ", arr));
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
