// checks: each call of a factory creates a new captured environment; closures sharing one environment see each other's writes
using System;

class Program
{
    static Func<int> MakeCounter()
    {
        int n = 0;
        return () => ++n;
    }

    static void MakePair(out Action inc, out Func<int> read)
    {
        int shared = 0;
        inc = () => shared += 2;
        read = () => shared;
    }

    static void Main()
    {
        var c1 = MakeCounter();
        var c2 = MakeCounter();
        Console.WriteLine(c1() + " " + c1() + " " + c1() + " " + c2());
        Action inc; Func<int> read;
        MakePair(out inc, out read);
        inc(); inc();
        Console.WriteLine(read());
        int outer = 1;
        Func<int> nested = () => { int inner = outer * 2; Func<int> deeper = () => inner + outer; outer = 5; return deeper(); };
        Console.WriteLine(nested() + " " + outer);
    }
}
