// checks: [Flags] enums: | & ~ ^, HasFlag, ToString of combinations, zero value, undefined bits
using System;

[Flags]
enum Perm { None = 0, Read = 1, Write = 2, Execute = 4, ReadWrite = Read | Write, All = 7 }

[Flags]
enum Opts { Blocked = 1, Unblock = 2, Reset = 4, Cancel = 8 }

enum NoFlags { A = 1, B = 2 }

class Program
{
    static void Main()
    {
        var p = Perm.Read | Perm.Execute;
        Console.WriteLine(p);
        Console.WriteLine(Perm.Read | Perm.Write);
        Console.WriteLine(Perm.All);
        Console.WriteLine(Perm.None);
        Console.WriteLine(p.HasFlag(Perm.Read) + " " + p.HasFlag(Perm.Write));
        Console.WriteLine((p & Perm.Execute) != 0);
        p &= ~Perm.Read;
        Console.WriteLine(p);
        p ^= Perm.All;
        Console.WriteLine(p);
        Console.WriteLine(Opts.Blocked | Opts.Cancel);
        Console.WriteLine((Opts)16);
        Console.WriteLine((Opts)17);
        Console.WriteLine((Opts)0);
        Console.WriteLine(NoFlags.A | NoFlags.B);
        Console.WriteLine((int)(Opts.Reset | Opts.Unblock));
        Console.WriteLine((Perm)6);
    }
}
