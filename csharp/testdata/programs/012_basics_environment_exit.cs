// checks: Environment.Exit ends the program immediately with the given code; finally blocks do not print after it
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine("before");
        Environment.Exit(7);
        Console.WriteLine("after");
    }
}
