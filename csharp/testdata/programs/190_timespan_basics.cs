// checks: TimeSpan construction, From* factories, components vs totals, ToString default and "c", arithmetic, negation, comparison
using System;

class Program
{
    static void Main()
    {
        var t = new TimeSpan(1, 2, 3, 4, 500);
        Console.WriteLine(t);
        Console.WriteLine(t.Days + " " + t.Hours + " " + t.Minutes + " " + t.Seconds + " " + t.Milliseconds);
        Console.WriteLine(t.TotalHours.ToString("F3") + " " + t.TotalSeconds + " " + t.Ticks);
        Console.WriteLine(TimeSpan.FromMinutes(90) + " " + TimeSpan.FromSeconds(45) + " " + TimeSpan.FromHours(36) + " " + TimeSpan.FromMilliseconds(1500));
        Console.WriteLine(TimeSpan.FromMinutes(90).TotalMinutes + " " + TimeSpan.FromMinutes(90).Minutes);
        Console.WriteLine(TimeSpan.Zero + " " + (-TimeSpan.FromHours(1)) + " " + TimeSpan.FromHours(-1.5));
        Console.WriteLine(TimeSpan.FromSeconds(30) + TimeSpan.FromSeconds(45));
        Console.WriteLine(TimeSpan.FromDays(1) - TimeSpan.FromMinutes(1));
        Console.WriteLine((TimeSpan.FromSeconds(10) > TimeSpan.FromSeconds(9)) + " " + TimeSpan.FromSeconds(5).CompareTo(TimeSpan.FromSeconds(5)));
        Console.WriteLine(t.Duration() == t.Negate().Duration());
        Console.WriteLine(new TimeSpan(0, 0, 0, 0, 1).ToString("c"));
        Console.WriteLine(new TimeSpan(25, 0, 0));
        Console.WriteLine(TimeSpan.MaxValue.Days + " " + TimeSpan.TicksPerSecond);
        Console.WriteLine(new TimeSpan(0, 0, 90).ToString() + " " + new TimeSpan(0, 90, 0));
    }
}
