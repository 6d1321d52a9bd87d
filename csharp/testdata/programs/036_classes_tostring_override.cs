// checks: ToString overrides are used by string concatenation, Console.WriteLine(object), string.Format and interpolation
using System;

class Temp
{
    public double C;
    public override string ToString() { return C.ToString("F1") + "C"; }
}

class Program
{
    static void Main()
    {
        var t = new Temp { C = 21.46 };
        Console.WriteLine(t);
        Console.WriteLine("now " + t);
        Console.WriteLine(string.Format("[{0}]", t));
        Console.WriteLine($"{t}!");
        object o = t;
        Console.WriteLine(o.ToString());
        Temp n = null;
        Console.WriteLine("null: [" + n + "]");
        Console.WriteLine($"null: [{n}]");
        Console.WriteLine(string.Concat(t, "/", t));
        Console.WriteLine(new Temp { C = 3.0 });
    }
}
