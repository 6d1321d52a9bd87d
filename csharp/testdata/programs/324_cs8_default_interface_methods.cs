// checks: default interface method implementations, overriding them in a class, calling through the interface only
// expect: hand-checked (C# 8: default interface methods)
using System;

interface ILogger
{
    void Write(string line);
    void Info(string msg) => Write("INFO " + msg);
    void Warn(string msg) => Write("WARN " + msg);
}

class ConsoleLogger : ILogger
{
    public void Write(string line) => Console.WriteLine(line);
    public void Warn(string msg) => Console.WriteLine("custom warn: " + msg);
}

class Program
{
    static void Main()
    {
        ILogger log = new ConsoleLogger();
        log.Info("started");
        log.Warn("slow");
        new ConsoleLogger().Warn("direct");
    }
}
