// checks: the "when (Log(e))" pattern: a filter with side effects that returns false logs without catching; exception continues to the outer handler
using System;
using System.Collections.Generic;

class Program
{
    static readonly List<string> log = new List<string>();
    static bool Log(Exception e) { log.Add("logged " + e.GetType().Name + ": " + e.Message); return false; }

    static void Risky(int n)
    {
        try
        {
            if (n == 0) throw new DivideByZeroException("n is zero");
            Console.WriteLine(100 / n);
        }
        catch (Exception e) when (Log(e)) { Console.WriteLine("never"); }
    }

    static void Main()
    {
        Risky(4);
        try { Risky(0); }
        catch (DivideByZeroException e) { Console.WriteLine("outer handled " + e.Message); }
        foreach (var l in log) Console.WriteLine(l);
    }
}
