// checks: switch expressions with constant, type, relational-free patterns, discard arm and guards
// expect: hand-checked (C# 8: switch expressions)
using System;

class Program
{
    static string Kind(object o) => o switch
    {
        null => "null",
        int i when i < 0 => "negative",
        0 => "zero",
        int i => "int " + i,
        string s => "string of " + s.Length,
        _ => "other",
    };

    static int Points(char grade) => grade switch { 'A' => 4, 'B' => 3, 'C' => 2, _ => 0 };

    static void Main()
    {
        foreach (var o in new object[] { null, -3, 0, 7, "abc", 2.5 }) Console.WriteLine(Kind(o));
        Console.WriteLine(Points('A') + Points('C') + Points('F'));
        var day = DayOfWeek.Saturday;
        var kind = day switch { DayOfWeek.Saturday or DayOfWeek.Sunday => "weekend", _ => "weekday" };
        Console.WriteLine(kind);
        try
        {
            int x = 5;
            string s = x switch { 1 => "one", 2 => "two", _ => throw new ArgumentOutOfRangeException(nameof(x)) };
            Console.WriteLine(s);
        }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine("thrown for " + e.ParamName); }
    }
}
