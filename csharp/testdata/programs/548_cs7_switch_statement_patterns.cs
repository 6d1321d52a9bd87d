// checks: C# 7 pattern matching in switch statements and is-expressions: type patterns with when clauses, case null, var patterns, order of cases, generic type patterns, patterns on nullable and boxed values, goto case, scoping of pattern variables in if/else
// expect: hand-checked (Mono's mcs does not implement type patterns in switch cases)
using System;
using System.Collections.Generic;

abstract class Event { }
class Ring : Event { public string From; }
class Hangup : Event { public int Cause; }
class Dtmf : Event { public char Digit; }

class Program
{
    static string Handle(object e)
    {
        switch (e)
        {
            case null:
                return "null event";
            case Ring r when r.From.StartsWith("+49"):
                return "domestic ring " + r.From;
            case Ring r:
                return "ring " + r.From;
            case Hangup h when h.Cause == 16:
                return "normal hangup";
            case Hangup h:
                return "hangup cause " + h.Cause;
            case Dtmf d when char.IsDigit(d.Digit):
                return "digit " + d.Digit;
            case Dtmf _:
                return "dtmf symbol";
            case int n when n < 0:
                return "negative " + n;
            case int n:
                return "int " + n;
            case List<string> l:
                return "list of " + l.Count;
            case IEnumerable<int> xs:
                return "ints";
            default:
                return "unknown " + e.GetType().Name;
        }
    }

    static string Code(int c)
    {
        switch (c)
        {
            case 1: return "one";
            case 2: goto case 1;
            case 3:
            case 4: return "three-four";
            case var x when x > 100: return "big " + x;
            default: return "other";
        }
    }

    static void Main()
    {
        var events = new object[] { null, new Ring { From = "+4930" }, new Ring { From = "+1555" }, new Hangup { Cause = 16 }, new Hangup { Cause = 17 },
            new Dtmf { Digit = '5' }, new Dtmf { Digit = '#' }, -3, 8, new List<string> { "a" }, new int[2], 2.5 };
        foreach (var e in events) Console.WriteLine(Handle(e));
        Console.WriteLine(Code(1) + " " + Code(2) + " " + Code(4) + " " + Code(101) + " " + Code(50));
        object o = 42;
        if (o is int i && i > 40) Console.WriteLine("matched " + i);
        if (!(o is string s)) Console.WriteLine("not a string");
        else Console.WriteLine(s.Length);
        int? maybe = 5;
        if (maybe is int m) Console.WriteLine("has " + m);
        int? none = null;
        Console.WriteLine(none is int ? "yes" : "no");
        object boxedNull = none;
        Console.WriteLine(boxedNull is int? "boxed yes" : "boxed no");
        Event ev = new Dtmf { Digit = '1' };
        var isRing = ev is Ring;
        var asDtmf = ev as Dtmf;
        Console.WriteLine(isRing + " " + (asDtmf != null ? asDtmf.Digit.ToString() : "-"));
        object v = "text";
        if (v is var any) Console.WriteLine("var matches " + any);
    }
}
