// checks: string escapes, verbatim strings with doubled quotes, unicode escapes, interpolated verbatim
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine("tab:[\t] quote:[\"] backslash:[\\] apostrophe:['] ");
        Console.WriteLine("line1\nline2");
        Console.WriteLine(@"C:\temp\new ""quoted""");
        Console.WriteLine(@"multi
line");
        Console.WriteLine("\u0041\u0042\x43");
        Console.WriteLine("null char length: " + "a\0b".Length);
        Console.WriteLine('\'' + "|" + '\\' + "|" + '"');
        int n = 3;
        Console.WriteLine($@"path\{n}\file");
        Console.WriteLine($"braces {{ {n} }}");
        Console.WriteLine("é".Length + " " + "\u00e9" + " " + (int)'\u00e9');
        Console.WriteLine("a\\tb".Length);
        Console.WriteLine("\x41BC");
    }
}
