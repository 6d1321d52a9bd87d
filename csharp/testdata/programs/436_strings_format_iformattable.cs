// checks: user types implementing IFormattable get the format string from composite formatting and interpolation; ToString() fallback
using System;

class Duration : IFormattable
{
    readonly int secs;
    public Duration(int s) { secs = s; }
    public override string ToString() { return ToString("s", null); }
    public string ToString(string format, IFormatProvider provider)
    {
        switch (format)
        {
            case "m": return (secs / 60) + "m" + (secs % 60).ToString("00") + "s";
            case "h": return (secs / 3600.0).ToString("F2") + "h";
            default: return secs + "s";
        }
    }
}

class Program
{
    static void Main()
    {
        var d = new Duration(3725);
        Console.WriteLine(d);
        Console.WriteLine(string.Format("{0:m} | {0:h} | {0}", d));
        Console.WriteLine($"{d:m} {d,10:h}|");
        Console.WriteLine("concat " + d);
    }
}
