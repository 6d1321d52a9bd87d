// checks: Dictionary<string, Func<...>> command tables, Func returning Func, invoking from lookups, unknown commands
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var ops = new Dictionary<string, Func<int, int, int>>
        {
            { "add", (a, b) => a + b },
            { "sub", (a, b) => a - b },
            { "pow", (a, b) => { int r = 1; for (int i = 0; i < b; i++) r *= a; return r; } },
        };
        foreach (var cmd in new[] { "add 2 3", "sub 2 9", "pow 3 4", "div 1 1" })
        {
            var p = cmd.Split(' ');
            Func<int, int, int> f;
            Console.WriteLine(cmd + " = " + (ops.TryGetValue(p[0], out f) ? f(int.Parse(p[1]), int.Parse(p[2])).ToString() : "unknown"));
        }
        Func<int, Func<int, Func<int, int>>> add3 = a => b => c => a + b + c;
        Console.WriteLine(add3(1)(2)(3));
        var handlers = new Dictionary<char, Action>();
        string log = "";
        foreach (var c in "123") handlers[c] = () => log += "[" + c + "]";
        foreach (var c in "3120") { Action h; if (handlers.TryGetValue(c, out h)) h(); else log += "?"; }
        Console.WriteLine(log);
    }
}
