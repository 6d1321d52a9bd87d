// checks: a switch expression with no matching arm throws SwitchExpressionException (an InvalidOperationException)
// expect: hand-checked (C# 8: switch expressions)
using System;

class Program
{
    static string Name(int n) => n switch { 1 => "one", 2 => "two" };

    static void Main()
    {
        Console.WriteLine(Name(1));
        try { Console.WriteLine(Name(3)); }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.GetType().Name); }
    }
}
