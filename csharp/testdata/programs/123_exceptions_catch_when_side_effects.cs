// checks: filters are evaluated in order, only until one matches
using System;

class Program
{
    static int calls;
    static bool F(bool r, string name) { calls++; Console.WriteLine("filter " + name); return r; }

    static void Main()
    {
        try { throw new Exception("e"); }
        catch (Exception) when (F(false, "a")) { Console.WriteLine("a"); }
        catch (Exception) when (F(true, "b")) { Console.WriteLine("b handled"); }
        catch (Exception) when (F(true, "c")) { Console.WriteLine("c"); }
        Console.WriteLine("filters called " + calls);
    }
}
