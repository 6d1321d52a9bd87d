// checks: [Flags] enums: ToString of combinations and of undefined bits, HasFlag, bitwise set/clear/toggle, Enum.Parse of comma lists, casts from int, plain enum ToString of an undefined value, Enum.IsDefined, GetValues order, explicit underlying type
using System;

[Flags]
enum Perm { None = 0, Read = 1, Write = 2, Execute = 4, ReadWrite = Read | Write, All = Read | Write | Execute }

enum Color : byte { Red = 1, Green = 2, Blue = 4 }

enum Level { Low, Medium = 5, High }

class Program
{
    static void Main()
    {
        var p = Perm.Read | Perm.Execute;
        Console.WriteLine(p);
        Console.WriteLine(Perm.Read | Perm.Write);
        Console.WriteLine(Perm.All);
        Console.WriteLine(Perm.None);
        Console.WriteLine((Perm)8);
        Console.WriteLine((Perm)9);
        Console.WriteLine(p.HasFlag(Perm.Read) + " " + p.HasFlag(Perm.Write) + " " + p.HasFlag(Perm.None));
        p |= Perm.Write;
        Console.WriteLine(p + " " + (int)p);
        p &= ~Perm.Read;
        Console.WriteLine(p);
        p ^= Perm.Execute;
        Console.WriteLine(p);
        Console.WriteLine((p & Perm.Write) != 0);
        var parsed = (Perm)Enum.Parse(typeof(Perm), "Read, Execute");
        Console.WriteLine(parsed + " " + (int)parsed);
        Console.WriteLine((Perm)Enum.Parse(typeof(Perm), "write", true));
        Perm q;
        Console.WriteLine(Enum.TryParse("Bogus", out q) + " " + q);
        Console.WriteLine((Color)3);
        Console.WriteLine((Color)4);
        Console.WriteLine(Color.Green.ToString("D") + " " + Color.Blue.ToString("X"));
        Console.WriteLine((Level)1 + " " + Level.High + " " + (int)Level.High);
        Console.WriteLine(Enum.IsDefined(typeof(Level), 6) + " " + Enum.IsDefined(typeof(Level), 2));
        foreach (Level l in Enum.GetValues(typeof(Level))) Console.Write(l + ";");
        Console.WriteLine();
        foreach (var n in Enum.GetNames(typeof(Perm))) Console.Write(n + " ");
        Console.WriteLine();
        Level lv = Level.Low;
        lv++;
        Console.WriteLine(lv + " " + (lv < Level.Medium));
        switch (Perm.ReadWrite)
        {
            case Perm.Read | Perm.Write: Console.WriteLine("rw case"); break;
            default: Console.WriteLine("other"); break;
        }
        Console.WriteLine(Enum.GetUnderlyingType(typeof(Color)).Name);
        Console.WriteLine(Perm.Write.CompareTo(Perm.Read));
    }
}
