// checks: init-only setters settable in object initializers, required members (C# 11) set through initializers, with on records
// expect: hand-checked (C# 9: init accessors; C# 11: required members)
using System;

class RouteRequest
{
    public required string Destination { get; init; }
    public TimeSpan TimeOut { get; init; } = TimeSpan.FromSeconds(30);
    public string CustomSource { get; init; } = "";
    public override string ToString() => Destination + " timeout=" + TimeOut.TotalSeconds + "s source=" + (CustomSource == "" ? "(none)" : CustomSource);
}

class Program
{
    static void Main()
    {
        var r = new RouteRequest { Destination = "101" };
        var s = new RouteRequest { Destination = "+4930", TimeOut = TimeSpan.FromSeconds(15), CustomSource = "Hotline" };
        Console.WriteLine(r);
        Console.WriteLine(s);
    }
}
