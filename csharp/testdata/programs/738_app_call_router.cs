// checks: mini app: a call router like a route-point script: rules as an interface list tried in order, business hours by DayOfWeek and TimeSpan, extension ranges parsed from strings, queue overflow to voicemail, a blacklist HashSet, async routing with awaited delays and a cancellation token for a caller who hangs up, results logged as records of decisions
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

class Call
{
    public string From; public string To; public DateTime At;
    public override string ToString() => $"{From}->{To} @{At:ddd HH:mm}";
}

interface IRule
{
    string Name { get; }
    string Route(Call c, Router r);
}

class BlacklistRule : IRule
{
    private readonly HashSet<string> blocked;
    public BlacklistRule(params string[] numbers) { blocked = new HashSet<string>(numbers); }
    public string Name => "blacklist";
    public string Route(Call c, Router r) => blocked.Contains(c.From) ? "reject" : null;
}

class HoursRule : IRule
{
    private readonly TimeSpan open, close;
    public HoursRule(string open, string close) { this.open = TimeSpan.Parse(open); this.close = TimeSpan.Parse(close); }
    public string Name => "hours";
    public string Route(Call c, Router r)
    {
        bool weekend = c.At.DayOfWeek == DayOfWeek.Saturday || c.At.DayOfWeek == DayOfWeek.Sunday;
        var t = c.At.TimeOfDay;
        return weekend || t < open || t >= close ? "voicemail:closed" : null;
    }
}

class RangeRule : IRule
{
    private readonly int lo, hi; private readonly string target;
    public RangeRule(string range, string target)
    {
        var parts = range.Split('-');
        lo = int.Parse(parts[0]); hi = int.Parse(parts[1]); this.target = target;
    }
    public string Name => "range " + lo + "-" + hi;
    public string Route(Call c, Router r)
    {
        int n;
        if (!int.TryParse(c.To, out n) || n < lo || n > hi) return null;
        return r.TryQueue(target) ? "queue:" + target : "voicemail:" + target + "-full";
    }
}

class Router
{
    private readonly List<IRule> rules = new List<IRule>();
    private readonly Dictionary<string, int> queued = new Dictionary<string, int>();
    private readonly int maxQueue;
    public List<string> Decisions { get; } = new List<string>();
    public Router(int maxQueue) { this.maxQueue = maxQueue; }
    public Router Add(IRule rule) { rules.Add(rule); return this; }
    public bool TryQueue(string q)
    {
        int n;
        queued.TryGetValue(q, out n);
        if (n >= maxQueue) return false;
        queued[q] = n + 1;
        return true;
    }
    public string Route(Call c)
    {
        foreach (var rule in rules)
        {
            var d = rule.Route(c, this);
            if (d != null) { Decisions.Add($"{c}: {d} (by {rule.Name})"); return d; }
        }
        Decisions.Add($"{c}: direct (no rule)");
        return "direct:" + c.To;
    }
    public async Task<string> RouteWithAnnouncement(Call c, int announcementMs, CancellationToken hangup)
    {
        try
        {
            await Task.Delay(announcementMs, hangup);
            return Route(c);
        }
        catch (TaskCanceledException)
        {
            Decisions.Add($"{c}: caller hung up during announcement");
            return "abandoned";
        }
    }
}

class Program
{
    static async Task Run()
    {
        var router = new Router(2)
            .Add(new BlacklistRule("+15550000", "+15559999"))
            .Add(new HoursRule("08:30", "17:00"))
            .Add(new RangeRule("200-299", "sales"))
            .Add(new RangeRule("300-399", "support"));
        var monday = new DateTime(2024, 3, 4);
        var calls = new[]
        {
            new Call { From = "+4410", To = "201", At = monday.AddHours(9) },
            new Call { From = "+15559999", To = "201", At = monday.AddHours(9) },
            new Call { From = "+4411", To = "250", At = monday.AddHours(10) },
            new Call { From = "+4412", To = "299", At = monday.AddHours(11) },
            new Call { From = "+4413", To = "301", At = monday.AddHours(8).AddMinutes(29) },
            new Call { From = "+4414", To = "301", At = monday.AddHours(8).AddMinutes(30) },
            new Call { From = "+4415", To = "100", At = monday.AddHours(16).AddMinutes(59) },
            new Call { From = "+4416", To = "201", At = monday.AddDays(5).AddHours(12) },
            new Call { From = "+4417", To = "abc", At = monday.AddHours(12) },
        };
        var results = calls.Select(c => router.Route(c)).ToList();
        Console.WriteLine(string.Join(" | ", results));

        using (var cts = new CancellationTokenSource())
        {
            var slow = router.RouteWithAnnouncement(new Call { From = "+4420", To = "302", At = monday.AddHours(14) }, 5000, cts.Token);
            var fast = router.RouteWithAnnouncement(new Call { From = "+4421", To = "399", At = monday.AddHours(14) }, 10, CancellationToken.None);
            Console.WriteLine("fast: " + await fast);
            cts.Cancel();
            Console.WriteLine("slow: " + await slow);
        }
        foreach (var d in router.Decisions) Console.WriteLine(d);
        var stats = results.GroupBy(r => r.Split(':')[0]).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + "=" + g.Count());
        Console.WriteLine(string.Join(", ", stats));
    }

    static void Main() => Run().Wait();
}
