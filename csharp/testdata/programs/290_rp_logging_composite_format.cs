// checks: route-point style logging helpers: composite format with params object[], interpolated strings, log levels as an enum, filtering by level
using System;
using System.Collections.Generic;

enum Level { Trace, Debug, Info, Warn, Error, Critical }

class Logger
{
    public Level Min = Level.Info;
    public readonly List<string> Lines = new List<string>();
    void Log(Level l, string fmt, params object[] args)
    {
        if (l < Min) return;
        var msg = args.Length == 0 ? fmt : string.Format(fmt, args);
        Lines.Add(string.Format("{0,-8}| {1}", l.ToString().ToUpper(), msg));
    }
    public void Trace(string f, params object[] a) => Log(Level.Trace, f, a);
    public void Info(string f, params object[] a) => Log(Level.Info, f, a);
    public void Warn(string f, params object[] a) => Log(Level.Warn, f, a);
    public void Error(string f, params object[] a) => Log(Level.Error, f, a);
}

class Program
{
    static void Main()
    {
        var log = new Logger();
        string caller = "+4930123", did = "800";
        log.Trace("not shown {0}", 1);
        log.Info("Call from {0} to {1}", caller, did);
        log.Info($"Interpolated: caller={caller} len={caller.Length,3}");
        log.Warn("Agent {0} busy for {1:N1} s", "101", 12.25m);
        log.Error("Braces {{kept}} and {0}", "arg");
        log.Info("No args with {braces}");
        log.Min = Level.Trace;
        log.Trace("now shown {0:D4}", 7);
        foreach (var l in log.Lines) Console.WriteLine(l);
    }
}
