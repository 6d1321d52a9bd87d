// checks: Console.WriteLine and Console.Write of strings, ints, bools, chars and null
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine("Hello, world!");
        Console.Write("a");
        Console.Write(1);
        Console.Write('c');
        Console.Write(true);
        Console.WriteLine();
        Console.WriteLine(42);
        Console.WriteLine(-7L);
        Console.WriteLine(false);
        Console.WriteLine('x');
        string s = null;
        Console.WriteLine(s);
        Console.WriteLine("[" + s + "]");
        Console.WriteLine("{0} and {1}", "first", 2);
        object o = null;
        Console.WriteLine("o=" + o);
    }
}
