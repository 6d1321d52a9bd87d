// checks: throw; rethrows the same object; throw e; also the same object; wrapping with InnerException
using System;

class Program
{
    static Exception first;

    static void Inner() { first = new InvalidOperationException("original"); throw first; }

    static void Main()
    {
        try
        {
            try { Inner(); }
            catch (Exception) { Console.WriteLine("logging, rethrow"); throw; }
        }
        catch (Exception e) { Console.WriteLine(ReferenceEquals(e, first) + " " + e.Message); }
        try
        {
            try { Inner(); }
            catch (Exception e) { throw e; }
        }
        catch (Exception e) { Console.WriteLine(ReferenceEquals(e, first)); }
        try
        {
            try { Inner(); }
            catch (Exception e) { throw new ApplicationException("wrapped", e); }
        }
        catch (ApplicationException e)
        {
            Console.WriteLine(e.Message + " <- " + e.InnerException.Message + " " + (e.InnerException == first));
            Console.WriteLine(e.GetBaseException().Message);
        }
    }
}
