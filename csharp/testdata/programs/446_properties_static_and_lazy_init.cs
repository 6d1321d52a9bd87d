// checks: static properties with lazy initialization, property side effects counted, readonly auto-property set in static constructor
using System;
using System.Collections.Generic;

static class Config
{
    static Dictionary<string, string> values;
    public static int Loads { get; private set; }
    public static string Version { get; }
    static Config() { Version = "v" + (1 + 1); }
    public static Dictionary<string, string> Values
    {
        get
        {
            if (values == null) { Loads++; values = new Dictionary<string, string> { { "OPERATOR", "100" } }; }
            return values;
        }
    }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(Config.Loads + " " + Config.Version);
        Console.WriteLine(Config.Values["OPERATOR"]);
        Console.WriteLine(Config.Values.Count + " " + Config.Loads);
        var lazy = new Lazy<string>(() => { Console.WriteLine("computing"); return "value"; });
        Console.WriteLine(lazy.IsValueCreated);
        Console.WriteLine(lazy.Value + " " + lazy.Value + " " + lazy.IsValueCreated);
    }
}
