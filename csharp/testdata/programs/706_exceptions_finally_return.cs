// checks: return inside try with a finally that changes the variable (value already captured), finally runs on break/continue/return, nested finally order, exception replacing another in finally, using disposes in reverse order even on throw
using System;
using System.Collections.Generic;

class Res : IDisposable
{
    string name; List<string> log;
    public Res(string n, List<string> l) { name = n; log = l; log.Add("open " + n); }
    public void Dispose() { log.Add("close " + name); }
}

class Program
{
    static int counter;

    static int F()
    {
        int x = 1;
        try { return x; }
        finally { x = 99; counter++; }
    }

    static int[] G()
    {
        int[] a = { 1 };
        try { return a; }
        finally { a[0] = 42; }
    }

    static string Nested()
    {
        var s = "";
        try
        {
            try { s += "a"; throw new Exception("x"); }
            finally { s += "b"; }
        }
        catch (Exception) { s += "c"; }
        finally { s += "d"; }
        return s;
    }

    static string Replace()
    {
        try
        {
            try { throw new ArgumentException("first"); }
            finally { throw new InvalidOperationException("second"); }
        }
        catch (Exception e) { return e.GetType().Name + ":" + e.Message; }
    }

    static void Main()
    {
        Console.WriteLine(F() + " " + counter);
        Console.WriteLine(G()[0]);
        Console.WriteLine(Nested());
        Console.WriteLine(Replace());

        var log = new List<string>();
        for (int i = 0; i < 4; i++)
        {
            try
            {
                if (i == 1) continue;
                if (i == 3) break;
                log.Add("body" + i);
            }
            finally { log.Add("fin" + i); }
        }
        Console.WriteLine(string.Join(",", log));

        log.Clear();
        try
        {
            using (var a = new Res("a", log))
            using (var b = new Res("b", log))
            {
                log.Add("work");
                throw new Exception("boom");
            }
        }
        catch (Exception e) { log.Add("caught " + e.Message); }
        Console.WriteLine(string.Join(",", log));

        log.Clear();
        Func<int> lam = () => { try { return 1; } finally { log.Add("lambda finally"); } };
        Console.WriteLine(lam() + " " + log[0]);
    }
}
