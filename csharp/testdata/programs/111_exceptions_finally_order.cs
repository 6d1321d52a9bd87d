// checks: finally runs on normal exit, on return, on break/continue, and before an outer catch (ECMA-334 §13.10.6)
using System;

class Program
{
    static int WithReturn()
    {
        try { Console.WriteLine("try returns 1"); return 1; }
        finally { Console.WriteLine("finally after return"); }
    }

    static int ReturnValueFixed()
    {
        int x = 10;
        try { return x; }
        finally { x = 20; Console.WriteLine("finally sets x=" + x); }
    }

    static void Main()
    {
        Console.WriteLine(WithReturn());
        Console.WriteLine(ReturnValueFixed());
        for (int i = 0; i < 3; i++)
        {
            try
            {
                if (i == 0) continue;
                if (i == 2) break;
                Console.WriteLine("body " + i);
            }
            finally { Console.WriteLine("finally " + i); }
        }
        try
        {
            try
            {
                Console.WriteLine("inner try");
                throw new Exception("x");
            }
            finally { Console.WriteLine("inner finally"); }
        }
        catch (Exception e) { Console.WriteLine("outer catch " + e.Message); }
        finally { Console.WriteLine("outer finally"); }
    }
}
