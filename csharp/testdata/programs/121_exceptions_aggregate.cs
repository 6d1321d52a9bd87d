// checks: AggregateException with inner exceptions, Flatten, Handle, InnerExceptions count and order
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var agg = new AggregateException(new InvalidOperationException("one"), new ArgumentException("two"));
        Console.WriteLine(agg.InnerExceptions.Count);
        foreach (var e in agg.InnerExceptions) Console.WriteLine(e.GetType().Name + ": " + e.Message);
        Console.WriteLine(agg.InnerException.Message);
        var nested = new AggregateException(agg, new FormatException("three"));
        var flat = nested.Flatten();
        Console.WriteLine(flat.InnerExceptions.Count);
        foreach (var e in flat.InnerExceptions) Console.WriteLine("flat: " + e.Message);
        try
        {
            agg.Handle(e => { Console.WriteLine("handling " + e.Message); return e is InvalidOperationException; });
        }
        catch (AggregateException rest)
        {
            Console.WriteLine("unhandled left: " + rest.InnerExceptions.Count + " " + rest.InnerExceptions[0].Message);
        }
    }
}
