// checks: catch without variable, catch (Exception) without name, general catch, throw in expression, exception properties
using System;

class Program
{
    static string Check(string s)
    {
        return s ?? throw new ArgumentNullException(nameof(s));
    }

    static int Positive(int x) => x > 0 ? x : throw new ArgumentOutOfRangeException(nameof(x));

    static void Main()
    {
        try { throw new Exception(); }
        catch { Console.WriteLine("general catch"); }
        try { Check(null); }
        catch (ArgumentNullException e) { Console.WriteLine("param " + e.ParamName); }
        try { Positive(-1); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine("param " + e.ParamName); }
        Console.WriteLine(Check("ok") + " " + Positive(3));
        try { throw new Exception("with data"); }
        catch (Exception e) when (e.Message.Contains("data")) { Console.WriteLine("filtered " + e.Message); }
    }
}
