// checks: static initialization: static field initializers run in textual order before the static constructor, a static constructor runs once on first access (not at program start), base and derived static constructors, instance field initializers before the constructor body, static readonly computed from another static, static counters across instances
using System;

static class Log
{
    public static void W(string s) => Console.WriteLine(s);
    public static int Mark(string s, int v) { W(s); return v; }
}

class Config
{
    public static readonly int A = Log.Mark("Config.A init", 1);
    public static readonly int B = Log.Mark("Config.B init (A=" + A + ")", A + 1);
    static Config() { Log.W("Config static ctor (B=" + B + ")"); }
    public static int Get() => A + B;
}

class Base
{
    protected int x = Log.Mark("Base field init", 10);
    static Base() { Log.W("Base static ctor"); }
    public Base() { Log.W("Base ctor x=" + x); }
}

class Derived : Base
{
    int y = Log.Mark("Derived field init", 20);
    public static int Instances;
    static Derived() { Log.W("Derived static ctor"); }
    public Derived() { Instances++; Log.W("Derived ctor x=" + x + " y=" + y); }
}

class Lazy
{
    public static string Value = Log.Mark("Lazy.Value init", 0).ToString();
    static Lazy() { Log.W("Lazy static ctor"); }
    public static void Touch() => Log.W("Lazy.Touch");
}

class Program
{
    static void Main()
    {
        Log.W("main start");
        Log.W("sum " + Config.Get());
        Log.W("again " + Config.Get());
        new Derived();
        Log.W("second");
        new Derived();
        Log.W("instances " + Derived.Instances);
        Log.W("before lazy");
        Lazy.Touch();
        Log.W("value " + Lazy.Value);
    }
}
