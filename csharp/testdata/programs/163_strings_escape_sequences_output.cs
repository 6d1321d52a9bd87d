// checks: control characters in output: tabs, carriage returns inside a line, backspace and bell kept byte-exact; Environment.NewLine
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine("a\tb\tc");
        Console.WriteLine("cr\rmid");
        Console.WriteLine("[" + Environment.NewLine + "]");
        Console.WriteLine(Environment.NewLine.Length);
        Console.Write("no newline at end");
    }
}
