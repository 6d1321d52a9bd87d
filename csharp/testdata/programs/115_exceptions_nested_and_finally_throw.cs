// checks: an exception thrown in finally replaces the in-flight one; exceptions in catch blocks propagate after finally
using System;

class Program
{
    static void Main()
    {
        try
        {
            try { throw new Exception("first"); }
            finally { Console.WriteLine("finally throws"); throw new Exception("from finally"); }
        }
        catch (Exception e) { Console.WriteLine("caught: " + e.Message); }
        try
        {
            try { throw new Exception("A"); }
            catch (Exception e) { Console.WriteLine("catch " + e.Message + ", throwing B"); throw new Exception("B"); }
            finally { Console.WriteLine("finally after catch"); }
        }
        catch (Exception e) { Console.WriteLine("outer: " + e.Message); }
        int depth = 0;
        try { Recurse(ref depth); }
        catch (Exception e) { Console.WriteLine(e.Message + " at depth " + depth); }
    }

    static void Recurse(ref int depth)
    {
        depth++;
        try
        {
            if (depth == 3) throw new Exception("bottom");
            Recurse(ref depth);
        }
        finally { Console.WriteLine("unwind " + depth); depth--; }
    }
}
