// checks: field initializers run before the base constructor body, derived initializers before base initializers (ECMA-334 §15.11.3)
using System;

class Log
{
    public static int Note(string s) { Console.WriteLine(s); return 0; }
}

class Base
{
    int b1 = Log.Note("Base field b1");
    static int bs = Log.Note("Base static field");
    static Base() { Log.Note("Base static ctor"); }
    public Base() { Log.Note("Base ctor body"); Hook(); }
    protected virtual void Hook() { Log.Note("Base.Hook"); }
}

class Derived : Base
{
    int d1 = Log.Note("Derived field d1");
    string text = "initialised";
    static int ds = Log.Note("Derived static field");
    static Derived() { Log.Note("Derived static ctor"); }
    public Derived() : base() { Log.Note("Derived ctor body, text=" + text); }
    protected override void Hook() { Log.Note("Derived.Hook sees text=" + (text ?? "null")); }
}

class Program
{
    static void Main()
    {
        Log.Note("main start");
        new Derived();
        Log.Note("second instance");
        new Derived();
    }
}
