// checks: exceptions propagate through several frames running each frame's finally, innermost first
using System;

class Program
{
    static void Level(int n)
    {
        try
        {
            Console.WriteLine("enter " + n);
            if (n == 0) throw new InvalidOperationException("deep");
            Level(n - 1);
            Console.WriteLine("never " + n);
        }
        finally { Console.WriteLine("leave " + n); }
    }

    static void Main()
    {
        try { Level(3); }
        catch (InvalidOperationException e) { Console.WriteLine("main caught " + e.Message); }
        Console.WriteLine("continuing");
    }
}
