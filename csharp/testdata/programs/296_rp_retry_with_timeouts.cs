// checks: route-point style retry loop: try targets in order, each attempt fails or succeeds via Task results, linked cancellation token limits total time
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

class OperationFailed : Exception { public string Reason; public OperationFailed(string r) : base("operation failed: " + r) { Reason = r; } }

class Program
{
    static async Task<bool> RouteTo(string target, CancellationToken ct)
    {
        await Task.Delay(5, ct);
        if (target == "102") throw new OperationFailed("PartyConnectionLost");
        if (target == "103") return false;
        return target == "104";
    }

    static async Task MainAsync()
    {
        var cts = new CancellationTokenSource();
        foreach (var target in new[] { "101", "102", "103", "104", "105" })
        {
            try
            {
                bool ok = await RouteTo(target, cts.Token);
                Console.WriteLine(target + ": " + (ok ? "answered" : "no answer"));
                if (ok) break;
            }
            catch (OperationFailed e) when (e.Reason == "PartyConnectionLost")
            {
                Console.WriteLine(target + ": " + e.Message + ", trying next");
            }
        }
        cts.Cancel();
        try { await RouteTo("106", cts.Token); }
        catch (TaskCanceledException) { Console.WriteLine("106: cancelled before routing"); }
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
