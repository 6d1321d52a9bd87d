// checks: enum values, explicit values, underlying type, casts to and from int, ToString of undefined values, comparisons
using System;

enum Level { Low, Medium = 5, High, Critical = 10 }
enum Small : byte { A = 1, B = 255 }

class Program
{
    static void Main()
    {
        Console.WriteLine(Level.Low + " " + (int)Level.Low);
        Console.WriteLine(Level.High + " " + (int)Level.High);
        Level l = (Level)10;
        Console.WriteLine(l);
        Console.WriteLine((Level)7);
        Console.WriteLine(Level.Medium < Level.High);
        Console.WriteLine(Level.Critical - Level.High);
        Console.WriteLine(Level.Low + 5);
        Console.WriteLine((byte)Small.B + " " + Small.A.GetType().Name + " " + Enum.GetUnderlyingType(typeof(Small)).Name);
        Level d = default(Level);
        Console.WriteLine(d);
        Console.WriteLine(Level.High.ToString("D") + " " + Level.High.ToString("G") + " " + Level.Critical.ToString("X"));
        Console.WriteLine(string.Join(",", Enum.GetNames(typeof(Level))));
        foreach (Level v in Enum.GetValues(typeof(Level))) Console.Write((int)v + " ");
        Console.WriteLine();
        Console.WriteLine(Enum.IsDefined(typeof(Level), 6) + " " + Enum.IsDefined(typeof(Level), 7));
        l++;
        Console.WriteLine(l);
    }
}
