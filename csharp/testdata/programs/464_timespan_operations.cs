// checks: TimeSpan comparisons, Add/Subtract/Negate/Duration, Equals, sorting a list of TimeSpans, FromTicks, TimeSpan.Compare, integer components of negatives
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var list = new List<TimeSpan> { TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(-30), TimeSpan.FromHours(1), TimeSpan.Zero };
        list.Sort();
        Console.WriteLine(string.Join(" ", list));
        var neg = new TimeSpan(-1, -2, -3, -4);
        Console.WriteLine(neg + " " + neg.Days + " " + neg.Hours + " " + neg.Minutes + " " + neg.Seconds + " " + neg.Duration());
        var t = TimeSpan.FromMinutes(90);
        Console.WriteLine(t.Add(TimeSpan.FromMinutes(45)) + " " + t.Subtract(TimeSpan.FromHours(2)) + " " + t.Negate());
        Console.WriteLine(TimeSpan.Compare(t, TimeSpan.FromHours(1.5)) + " " + t.Equals(TimeSpan.FromSeconds(5400)) + " " + (t != TimeSpan.Zero));
        Console.WriteLine(TimeSpan.FromTicks(12345678) + " " + TimeSpan.FromTicks(12345678).Milliseconds);
        Console.WriteLine(new TimeSpan(0, 0, 3601).TotalHours.ToString("F4") + " " + new TimeSpan(2, 0, 0, 0).TotalMinutes);
    }
}
