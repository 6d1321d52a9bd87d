// checks: overload resolution with lambda and method-group arguments: Func<T> vs Action, Func<int> vs Func<double> by the lambda's return type, Func<string, int> vs Func<int, int> by explicit parameter types, method groups choosing among delegate overloads, Task.Run-like generic Func<TResult> vs Action, optional parameters with params, named arguments reordering, ref vs value overloads
using System;
using System.Collections.Generic;

class Program
{
    static string Run(Action a) { a(); return "Action"; }
    static string Run<T>(Func<T> f) { return "Func<" + typeof(T).Name + "> " + f(); }
    static string Num(Func<int> f) { return "Func<int> " + f(); }
    static string Num(Func<double> f) { return "Func<double> " + f(); }
    static string Conv(Func<string, int> f) { return "string->int " + f("abcd"); }
    static string Conv(Func<int, int> f) { return "int->int " + f(5); }
    static int Twice(int x) { return 2 * x; }
    static void Noop() { }
    static int Seven() { return 7; }
    static string Log(string msg, int level = 1, params string[] tags) { return msg + "@" + level + "[" + string.Join(",", tags) + "]"; }
    static string Span(int start, int length) { return "start=" + start + " length=" + length; }
    static void Bump(ref int x) { x += 10; }
    static void Bump(int x) { x += 100; }
    static string Each<T>(IEnumerable<T> xs, Action<T> a) { foreach (var x in xs) a(x); return "each " + typeof(T).Name; }

    static void Main()
    {
        Console.WriteLine(Run(() => { }) + " | " + Run(() => 42) + " | " + Run(() => "s") + " | " + Run(Noop) + " | " + Run(Seven));
        Console.WriteLine(Num(() => 1) + " | " + Num(() => 1.5) + " | " + Num(() => 'a'));
        Console.WriteLine(Conv((string s) => s.Length) + " | " + Conv((int i) => i * i) + " | " + Conv(Twice));
        Console.WriteLine(Log("a") + " " + Log("b", 2) + " " + Log("c", 3, "x", "y") + " " + Log("d", tags: new[] { "t" }) + " " + Log(level: 4, msg: "e"));
        Console.WriteLine(Span(length: 3, start: 1) + " | " + Span(2, length: 5));
        int v = 1;
        Bump(v);
        Bump(ref v);
        Console.WriteLine(v);
        var seen = new List<string>();
        Console.WriteLine(Each(new[] { 1, 2 }, x => seen.Add("#" + x)) + " " + string.Join(",", seen));
        Func<int, int> f = Twice;
        Func<int, int> g = x => f(x) + 1;
        Console.WriteLine(f(4) + " " + g(4) + " " + ((Func<int>)Seven)());
    }
}
