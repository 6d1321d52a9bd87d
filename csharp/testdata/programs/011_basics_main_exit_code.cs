// checks: int Main returns the process exit code after output
using System;

class Program
{
    static int Main()
    {
        Console.WriteLine("returning 3");
        return 3;
    }
}
