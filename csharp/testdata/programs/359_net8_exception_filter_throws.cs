// checks: an exception thrown inside a when filter is swallowed and the filter counts as false; the original exception keeps propagating (ECMA-335 I.12.4.2.5)
// expect: hand-checked (.NET 8 differs from Mono: Mono 6.8 propagates the filter's own exception)
using System;

class Program
{
    static bool Throws() { throw new Exception("filter blew up"); }

    static void Main()
    {
        try
        {
            try { throw new Exception("inner"); }
            catch (Exception) when (Throws()) { Console.WriteLine("never"); }
            catch (Exception e) { Console.WriteLine("next clause got " + e.Message); }
        }
        catch (Exception e) { Console.WriteLine("outer got " + e.Message); }
        try
        {
            try { throw new InvalidOperationException("original"); }
            catch (Exception) when (Throws()) { Console.WriteLine("never"); }
        }
        catch (Exception e) { Console.WriteLine("outer got " + e.GetType().Name + ": " + e.Message); }
    }
}
