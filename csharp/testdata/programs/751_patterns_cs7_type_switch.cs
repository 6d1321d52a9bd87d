// checks: C# 7 pattern matching: is with declaration patterns, switch on object with type patterns, when clauses, case null, order of cases, var pattern, constant patterns mixed with type patterns, patterns on boxed numbers (int is not long), pattern variables scoped to the if
// expect: hand-checked (C# 7: Mono's mcs does not implement type patterns in switch statements)
using System;
using System.Collections.Generic;

abstract class Event { public DateTime At = new DateTime(2024, 1, 1, 12, 0, 0); }
class Ringing : Event { public string From; }
class Answered : Event { public string By; public int WaitSeconds; }
class HungUp : Event { public string Reason; }

class Program
{
    static string Describe(object o)
    {
        switch (o)
        {
            case null: return "null";
            case int i when i < 0: return "negative int " + i;
            case int i: return "int " + i;
            case long l: return "long " + l;
            case string s when s.Length == 0: return "empty string";
            case string s: return "string '" + s + "' len " + s.Length;
            case int[] arr: return "int array of " + arr.Length;
            case IEnumerable<char> chars: return "char sequence";
            case Answered a when a.WaitSeconds > 30: return "slow answer by " + a.By;
            case Answered a: return "answered by " + a.By + " after " + a.WaitSeconds + "s";
            case Ringing r: return "ringing from " + r.From;
            case Event e: return "event " + e.GetType().Name + " at " + e.At.ToString("HH:mm");
            default: return "other " + o.GetType().Name;
        }
    }

    static void Main()
    {
        object[] things = { null, -5, 42, 7L, "", "hi", new[] { 1, 2 }, new List<char> { 'a' }, new Answered { By = "201", WaitSeconds = 45 },
            new Answered { By = "202", WaitSeconds = 3 }, new Ringing { From = "+44" }, new HungUp { Reason = "busy" }, 3.5, 'x' };
        foreach (var t in things) Console.WriteLine(Describe(t));

        object boxed = 5;
        Console.WriteLine((boxed is int) + " " + (boxed is long) + " " + (boxed is object) + " " + (boxed is IComparable));
        if (boxed is int n && n > 3) Console.WriteLine("n=" + n);
        object maybe = "text";
        if (!(maybe is string str)) { Console.WriteLine("not a string"); return; }
        Console.WriteLine("still in scope: " + str.ToUpper());
        var events = new List<Event> { new Ringing { From = "a" }, new Answered { By = "b" }, new HungUp { Reason = "x" }, new Ringing { From = "c" } };
        int ringing = 0;
        foreach (var e in events) if (e is Ringing r && r.From != "a") ringing++;
        Console.WriteLine("ringing not from a: " + ringing);
        switch (3.0)
        {
            case 3: Console.WriteLine("double 3 matches constant 3"); break;
            default: Console.WriteLine("no"); break;
        }
        object v = 10;
        switch (v)
        {
            case var x when x is int xi && xi > 5: Console.WriteLine("var pattern with when: " + x); break;
        }
    }
}
