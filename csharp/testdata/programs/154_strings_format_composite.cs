// checks: string.Format composite formatting: indexes, repeats, alignment (right/left), format specifiers with alignment, escaped braces
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(string.Format("{0} + {0} = {1}", 2, 4));
        Console.WriteLine(string.Format("[{0,6}]", "ab"));
        Console.WriteLine(string.Format("[{0,-6}]", "ab"));
        Console.WriteLine(string.Format("[{0,8:F2}]", 3.14159));
        Console.WriteLine(string.Format("[{0,-8:D4}]", 42));
        Console.WriteLine(string.Format("{{literal}} {0}", "x"));
        Console.WriteLine(string.Format("{0:X}{1:x}", 255, 255));
        Console.WriteLine(string.Format("{0}", (object)null) + "|");
        Console.WriteLine(string.Format("{2}{1}{0}", 'a', 'b', 'c'));
        Console.WriteLine(string.Format("{0,3}|{1,3}|{2,3}", 1, 22, 333));
        Console.WriteLine(string.Format("{0,2}", "longer"));
        Console.WriteLine(string.Format("{0:N0} calls", 1234567));
        Console.WriteLine(string.Format("{0:yyyy-MM-dd}", new DateTime(2024, 3, 9)));
        try { string.Format("{1}", "only one"); }
        catch (FormatException) { Console.WriteLine("FormatException"); }
        try { string.Format("{0", 1); }
        catch (FormatException) { Console.WriteLine("FormatException unclosed"); }
        Console.WriteLine(string.Format("{0}{1}", true, false));
    }
}
