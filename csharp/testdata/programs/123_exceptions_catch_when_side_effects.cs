// checks: filters are evaluated in order, only until one matches; a throwing filter counts as false
using System;

class Program
{
    static int calls;
    static bool F(bool r, string name) { calls++; Console.WriteLine("filter " + name); return r; }
    static bool Throws() { throw new Exception("filter blew up"); }

    static void Main()
    {
        try { throw new Exception("e"); }
        catch (Exception) when (F(false, "a")) { Console.WriteLine("a"); }
        catch (Exception) when (F(true, "b")) { Console.WriteLine("b handled"); }
        catch (Exception) when (F(true, "c")) { Console.WriteLine("c"); }
        Console.WriteLine("filters called " + calls);
        try
        {
            try { throw new Exception("inner"); }
            catch (Exception) when (Throws()) { Console.WriteLine("never"); }
        }
        catch (Exception e) { Console.WriteLine("outer got " + e.Message); }
    }
}
