// checks: static field initializers run in text order before the static constructor, on first use; const access does not trigger it; derived before base static constructors; a failed type initializer throws the same TypeInitializationException on every access
using System;

static class Log
{
    public static void Say(string s) { Console.WriteLine(s); }
}

class Settings
{
    public const int Max = 10;
    public static int A = Trace("A", 1);
    public static int B = Trace("B", A + 1);
    static Settings() { Log.Say("Settings cctor, A=" + A + " B=" + B); C = B * 10; }
    public static int C;
    static int Trace(string name, int v) { Log.Say("init " + name + "=" + v); return v; }
    public static void Touch() { Log.Say("Touch"); }
}

class Base
{
    static Base() { Log.Say("Base cctor"); }
    public Base() { Log.Say("Base ctor"); }
}

class Derived : Base
{
    static Derived() { Log.Say("Derived cctor"); }
    public Derived() { Log.Say("Derived ctor"); }
}

class Broken
{
    public static readonly int Value;
    static Broken()
    {
        Log.Say("Broken cctor runs once");
        int zero = 0;
        Value = 1 / zero;
    }
    public static int Get() => Value;
}

class Counter
{
    public static int Count { get; private set; }
    public static string Name { get; } = "counter";
    public static void Inc() => Count++;
}

class Program
{
    static void Main()
    {
        Log.Say("start, Max=" + Settings.Max);
        Settings.Touch();
        Log.Say("C=" + Settings.C);
        new Derived();
        new Derived();
        Exception first = null;
        for (int i = 0; i < 2; i++)
        {
            try { Log.Say("value " + Broken.Get()); }
            catch (TypeInitializationException e)
            {
                Log.Say(e.Message + " | " + e.InnerException.GetType().Name + " | " + e.TypeName);
                if (first == null) first = e; else Log.Say("same object: " + ReferenceEquals(first, e));
            }
        }
        Counter.Inc(); Counter.Inc();
        Log.Say(Counter.Name + " " + Counter.Count);
    }
}
