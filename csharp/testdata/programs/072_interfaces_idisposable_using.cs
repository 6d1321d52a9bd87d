// checks: using statements call Dispose at block exit, in reverse order, also when an exception leaves the block; null resources skipped
using System;

class Res : IDisposable
{
    readonly string name;
    public Res(string n) { name = n; Console.WriteLine("open " + n); }
    public void Dispose() { Console.WriteLine("dispose " + name); }
}

class Program
{
    static void Main()
    {
        using (var a = new Res("a"))
        using (var b = new Res("b"))
        {
            Console.WriteLine("body");
        }
        try
        {
            using (new Res("c"))
            {
                throw new InvalidOperationException("boom");
            }
        }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
        Res n = null;
        using (n) { Console.WriteLine("null resource ok"); }
        using (Res x = new Res("x"), y = new Res("y")) { Console.WriteLine("two in one"); }
        for (int i = 0; i < 2; i++)
        {
            using (var r = new Res("loop" + i))
            {
                if (i == 0) continue;
                Console.WriteLine("loop body " + i);
            }
        }
    }
}
