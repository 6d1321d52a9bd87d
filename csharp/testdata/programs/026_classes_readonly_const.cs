// checks: readonly fields assigned in constructors, const members, static readonly, readonly reference contents mutable
using System;
using System.Collections.Generic;

class Config
{
    public const int Max = 3;
    public static readonly string Prefix = "cfg-" + Max;
    public readonly int Value;
    public readonly List<string> Items = new List<string>();

    public Config(int v)
    {
        Value = v;
        Value = Value * 2;
    }
}

class Program
{
    static void Main()
    {
        var c = new Config(5);
        Console.WriteLine(c.Value + " " + Config.Max + " " + Config.Prefix);
        c.Items.Add("x");
        c.Items.Add("y");
        Console.WriteLine(c.Items.Count);
        Console.WriteLine(Config.Max * 2);
    }
}
