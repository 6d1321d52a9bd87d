// checks: route-point style: a Dictionary of caller ids to agents with normalisation, fallback to a default route, and a log line per call
using System;
using System.Collections.Generic;

class Router
{
    readonly Dictionary<string, string> vip = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        { "+4930111222", "101" },
        { "+4930333444", "102" },
        { "anonymous", "reception" },
    };
    public string DefaultRoute = "800";

    static string Normalize(string callerId)
    {
        if (string.IsNullOrWhiteSpace(callerId)) return "anonymous";
        callerId = callerId.Trim().Replace(" ", "").Replace("-", "");
        if (callerId.StartsWith("00")) callerId = "+" + callerId.Substring(2);
        else if (callerId.StartsWith("0")) callerId = "+49" + callerId.Substring(1);
        return callerId;
    }

    public string Route(string callerId)
    {
        var key = Normalize(callerId);
        string agent;
        var target = vip.TryGetValue(key, out agent) ? agent : DefaultRoute;
        Console.WriteLine(string.Format("[route] caller={0,-14} key={1,-14} -> {2}", callerId ?? "(null)", key, target));
        return target;
    }
}

class Program
{
    static void Main()
    {
        var r = new Router();
        foreach (var c in new[] { "+4930111222", "030 333-444", "004930111222", "ANONYMOUS", null, "  ", "+4940000000" }) r.Route(c);
    }
}
