// checks: finally runs after return computes its value; an exception thrown in finally replaces the one in flight; filters run before inner finally blocks; nested try/catch/finally ordering; break and continue through finally; rethrow keeps the exception object
using System;
using System.Collections.Generic;

class Program
{
    static List<string> log = new List<string>();

    static int ReturnThenFinally()
    {
        int x = 1;
        try { return x; }
        finally { x = 99; log.Add("finally saw x=" + x); }
    }

    static string Replace()
    {
        try
        {
            try { throw new InvalidOperationException("first"); }
            finally { throw new ArgumentException("second"); }
        }
        catch (Exception e) { return e.GetType().Name + ":" + e.Message; }
    }

    static bool Filter(string what) { log.Add("filter " + what); return true; }

    static void FilterOrder()
    {
        try
        {
            try { throw new Exception("boom"); }
            finally { log.Add("inner finally"); }
        }
        catch (Exception e) when (Filter(e.Message)) { log.Add("caught " + e.Message); }
    }

    static int Loops()
    {
        int sum = 0;
        for (int i = 0; i < 5; i++)
        {
            try
            {
                if (i == 1) continue;
                if (i == 3) break;
                sum += i;
            }
            finally { sum += 100; }
        }
        return sum;
    }

    static Exception Rethrow()
    {
        Exception original = new FormatException("bad");
        try
        {
            try { throw original; }
            catch (FormatException) { log.Add("rethrowing"); throw; }
        }
        catch (Exception e) { return ReferenceEquals(e, original) ? e : null; }
    }

    static void Deep(int n)
    {
        try
        {
            if (n == 0) throw new IndexOutOfRangeException("bottom");
            Deep(n - 1);
        }
        finally { log.Add("unwind " + n); }
    }

    static int NestedCatch()
    {
        int state = 0;
        try
        {
            try { state = 1; throw new ArgumentNullException("p"); }
            catch (ArgumentException e) when (e.ParamName == "q") { state = -1; }
            catch (InvalidOperationException) { state = -2; }
            finally { state *= 10; }
        }
        catch (ArgumentNullException) { state += 5; }
        return state;
    }

    static void Main()
    {
        Console.WriteLine(ReturnThenFinally());
        Console.WriteLine(Replace());
        FilterOrder();
        Console.WriteLine(Loops());
        Console.WriteLine(Rethrow()?.Message);
        try { Deep(2); } catch (IndexOutOfRangeException e) { log.Add("caught " + e.Message); }
        Console.WriteLine(NestedCatch());
        foreach (var l in log) Console.WriteLine(l);
    }
}
