// checks: a route-point style call report: parsing CDR-like lines (Split, TryParse, ParseExact), grouping by queue, composite formatting with alignment and custom formats, TimeSpan totals, decimal costs, percentages, padding and truncation for fixed-width columns
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

class Call
{
    public string Queue;
    public string Caller;
    public DateTime Start;
    public TimeSpan Duration;
    public bool Answered;
}

class Program
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    static string Fit(string s, int width) => s.Length <= width ? s.PadRight(width) : s.Substring(0, width - 1) + "~";

    static void Main()
    {
        string cdr = @"sales;+4930111222;2024-03-09 08:59:58;00:02:05;Y
support;0301234567;2024-03-09 09:00:10;00:00:00;N
sales;+49 171 5550000;2024-03-09 09:15:00;00:14:59;Y
support;+1-202-555-0100;2024-03-09 12:30:30;01:02:03;Y
billing;bad line
sales;anonymous;2024-03-09 17:45:00;00:00:31;Y";
        var calls = new List<Call>();
        int lineNo = 0;
        foreach (var raw in cdr.Split('\n'))
        {
            lineNo++;
            var f = raw.Trim().Split(';');
            DateTime start;
            TimeSpan dur;
            if (f.Length != 5 || !DateTime.TryParseExact(f[2], "yyyy-MM-dd HH:mm:ss", Inv, DateTimeStyles.None, out start) || !TimeSpan.TryParse(f[3], Inv, out dur))
            {
                Console.WriteLine(string.Format(Inv, "line {0,2}: skipped ({1} fields)", lineNo, f.Length));
                continue;
            }
            calls.Add(new Call { Queue = f[0], Caller = f[1], Start = start, Duration = dur, Answered = f[4] == "Y" });
        }
        var sb = new StringBuilder();
        sb.AppendLine(string.Format(Inv, "{0,-8}|{1,6}|{2,9}|{3,10}|{4,8}|{5,7}", "queue", "calls", "answered", "talk", "avg s", "cost"));
        sb.AppendLine(new string('-', 55));
        foreach (var g in calls.GroupBy(c => c.Queue).OrderBy(g => g.Key))
        {
            var talk = TimeSpan.FromTicks(g.Sum(c => c.Duration.Ticks));
            int answered = g.Count(c => c.Answered);
            decimal cost = g.Sum(c => Math.Ceiling((decimal)c.Duration.TotalSeconds / 60m) * 0.019m);
            double avg = answered == 0 ? 0 : talk.TotalSeconds / answered;
            sb.AppendLine(string.Format(Inv, "{0,-8}|{1,6}|{2,9:P0}|{3,10:c}|{4,8:F1}|{5,7:0.000}", g.Key, g.Count(), (double)answered / g.Count(), talk, avg, cost));
        }
        Console.Write(sb.ToString());
        foreach (var c in calls.OrderByDescending(c => c.Duration).Take(3))
            Console.WriteLine(string.Format(Inv, "{0}|{1:HH:mm}|{2:hh\\:mm\\:ss}|{3,3}m", Fit(c.Caller, 12), c.Start, c.Duration, (int)c.Duration.TotalMinutes));
        var first = calls.Min(c => c.Start);
        var last = calls.Max(c => c.Start + c.Duration);
        Console.WriteLine("window " + first.ToString("t", Inv) + "-" + last.ToString("t", Inv) + " = " + (last - first).ToString(@"h\h\ mm\m", Inv) + ", busiest hour " + calls.GroupBy(c => c.Start.Hour).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key.ToString("00") + ":00");
        Console.WriteLine(string.Join(", ", calls.Select(c => c.Caller.Where(char.IsDigit).Count().ToString("D2"))));
    }
}
