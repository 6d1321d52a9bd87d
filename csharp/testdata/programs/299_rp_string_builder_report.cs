// checks: route-point style end-of-day report: StringBuilder with AppendFormat alignment, totals with decimal, percentages, TimeSpan sums
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

class Program
{
    static void Main()
    {
        var calls = new[]
        {
            new { Agent = "101", Dur = TimeSpan.FromSeconds(95), Answered = true },
            new { Agent = "102", Dur = TimeSpan.FromSeconds(0), Answered = false },
            new { Agent = "101", Dur = TimeSpan.FromSeconds(301), Answered = true },
            new { Agent = "103", Dur = TimeSpan.FromSeconds(42), Answered = true },
        };
        var sb = new StringBuilder();
        sb.AppendLine("Agent | Calls |    Talk  | Share");
        var total = calls.Aggregate(TimeSpan.Zero, (a, c) => a + c.Dur);
        foreach (var g in calls.GroupBy(c => c.Agent).OrderBy(g => g.Key))
        {
            var talk = g.Aggregate(TimeSpan.Zero, (a, c) => a + c.Dur);
            decimal share = total.Ticks == 0 ? 0 : (decimal)talk.Ticks / total.Ticks;
            sb.AppendFormat("{0,-5} | {1,5} | {2,8} | {3,5:P0}", g.Key, g.Count(), talk.ToString(@"hh\:mm\:ss"), share).AppendLine();
        }
        sb.Append("Total talk time ").Append(total).Append(", answered ").Append(calls.Count(c => c.Answered)).Append('/').Append(calls.Length);
        Console.WriteLine(sb.ToString());
    }
}
