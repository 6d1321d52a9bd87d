// checks: an exception in a constructor leaves the variable unassigned; TypeInitializationException wraps static constructor failures
using System;

class Fragile
{
    public static Fragile Last;
    public Fragile(bool fail)
    {
        Console.WriteLine("ctor start");
        if (fail) throw new InvalidOperationException("ctor failed");
        Last = this;
    }
}

static class BadInit
{
    public static int Value = Compute();
    static BadInit() { Console.WriteLine("BadInit static ctor body"); }
    static int Compute() { throw new InvalidOperationException("static init failed"); }
}

class Program
{
    static void Main()
    {
        Fragile f = null;
        try { f = new Fragile(true); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message + ", f is null: " + (f == null)); }
        f = new Fragile(false);
        Console.WriteLine(ReferenceEquals(f, Fragile.Last));
        try { Console.WriteLine(BadInit.Value); }
        catch (TypeInitializationException e) { Console.WriteLine("TypeInitializationException <- " + e.InnerException.Message); }
        try { Console.WriteLine(BadInit.Value); }
        catch (TypeInitializationException) { Console.WriteLine("again TypeInitializationException"); }
    }
}
