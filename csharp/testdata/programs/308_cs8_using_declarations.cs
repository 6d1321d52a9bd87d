// checks: using declarations dispose at the end of the enclosing scope in reverse order, also on exceptions and early return
// expect: hand-checked (C# 8: using declarations)
using System;

class Res : IDisposable
{
    readonly string name;
    public Res(string n) { name = n; Console.WriteLine("open " + n); }
    public void Dispose() => Console.WriteLine("dispose " + name);
}

class Program
{
    static int Early(bool stop)
    {
        using var r = new Res("early");
        if (stop) { Console.WriteLine("returning early"); return 1; }
        Console.WriteLine("normal path");
        return 2;
    }

    static void Main()
    {
        {
            using var a = new Res("a");
            using var b = new Res("b");
            Console.WriteLine("in scope");
        }
        Console.WriteLine("after scope");
        Console.WriteLine(Early(true));
        Console.WriteLine(Early(false));
        try
        {
            using var c = new Res("c");
            throw new InvalidOperationException("boom");
        }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
        for (int i = 0; i < 2; i++)
        {
            using var l = new Res("loop" + i);
        }
        Console.WriteLine("end of Main");
    }
}
