// Constructs the engine does not run: our own RP codes (docs/csharp-subset.md).
using System;
using System.Linq;

class Program
{
    static void Main()
    {
        /* ERROR "RP0001" "unsupported: unsafe code" */ unsafe
        {
        }
        int n = /* ERROR "RP0001" */ sizeof(int);
        var grid = /* ERROR "RP0003" */ new[,] { { 1, 2 }, { 3, 4 } };
        var bytes = /* ERROR "RP0004" */ "abc"u8;
        Console.WriteLine(n);
    }
}
