// checks: lambdas in instance methods capture this: field changes after creation are seen
using System;
using System.Collections.Generic;

class Agent
{
    public string Status = "idle";
    public Func<string> Reporter() { return () => "agent is " + Status; }
    public Action Toggle() { return () => Status = Status == "idle" ? "busy" : "idle"; }
}

class Program
{
    static void Main()
    {
        var a = new Agent();
        var report = a.Reporter();
        var toggle = a.Toggle();
        Console.WriteLine(report());
        toggle();
        Console.WriteLine(report());
        a.Status = "away";
        Console.WriteLine(report());
        toggle();
        Console.WriteLine(a.Status);
    }
}
