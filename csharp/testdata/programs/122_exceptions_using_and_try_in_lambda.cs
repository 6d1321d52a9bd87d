// checks: exceptions thrown inside lambdas and delegates propagate to the invoker; try/catch inside lambdas
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        Func<string, int> parse = s =>
        {
            try { return int.Parse(s); }
            catch (FormatException) { return -1; }
        };
        Console.WriteLine(parse("12") + " " + parse("zz"));
        Action boom = () => { throw new InvalidOperationException("from lambda"); };
        try { boom(); }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
        var handlers = new List<Action> { () => Console.WriteLine("h1"), () => { throw new Exception("h2 fails"); }, () => Console.WriteLine("h3") };
        Action all = null;
        foreach (var h in handlers) all += h;
        try { all(); }
        catch (Exception e) { Console.WriteLine("multicast stopped: " + e.Message); }
    }
}
