// checks: a backward goto out of a try block runs the finally block on every jump
// expect: hand-checked (Mono's mcs compiles a backward goto out of a try as a plain branch and skips the finally; the C# spec (13.10.4) and Roslyn run it)
using System;

class Program
{
    static int Retry()
    {
        int attempts = 0;
    retry:
        try
        {
            attempts++;
            if (attempts < 3)
            {
                Console.WriteLine("attempt " + attempts + " fails");
                goto retry;
            }
            Console.WriteLine("attempt " + attempts + " ok");
        }
        finally
        {
            Console.WriteLine("finally " + attempts);
        }
        return attempts;
    }

    static void Main()
    {
        Console.WriteLine("retries: " + Retry());
        int b = 0;
    again:
        try
        {
            b++;
            if (b < 3) { Console.WriteLine("jump " + b); goto again; }
        }
        finally { Console.WriteLine("finally b=" + b); }
    }
}
