// checks: composite formatting: alignment (positive right, negative left), format specifiers N0/N2/D5/X/x4/P1/F0/E2/G/0.00/#,##0/00.#, escaped braces, interpolation with alignment and format, string.Format with more args than holes, null args, ToString formats on int/long/decimal
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(string.Format("|{0,8}|{1,-8}|{2,5:F1}|", "right", "left", 3.14159));
        Console.WriteLine(string.Format("{0:N0} {0:N2} {1:D5} {2:X} {2:x4} {3:P1}", 1234567, 42, 255, 0.4567));
        Console.WriteLine(string.Format("{0:F0} {0:F3} {1:E2} {2:G}", 2.75, 123456.0, 0.25));
        Console.WriteLine(string.Format("{0:0.00} {1:#,##0} {2:00.#} {3:#.##}", 3.14159, 9876543, 5.0, 0.5));
        Console.WriteLine(string.Format("{{literal}} {0}", "x"));
        Console.WriteLine(string.Format("{0}-{1}", "a", "b", "unused"));
        Console.WriteLine(string.Format("[{0}]", (object)null));
        int n = -42; double d = 1.5; decimal m = 1234.5m; long big = 9000000000L;
        Console.WriteLine($"{n,6}|{n,-6}|{d,8:F3}|{m:N1}|{big:N0}");
        Console.WriteLine($"{{braces}} {n:D4} {-n:X2} {m,10:C0}".Replace("¤", "$"));
        Console.WriteLine(n.ToString("000") + " " + 7.ToString("000") + " " + 1234.ToString("#,#") + " " + 0.ToString("#"));
        Console.WriteLine(m.ToString("F3") + " " + m.ToString("0.##") + " " + (-m).ToString("N"));
        Console.WriteLine(255.ToString("X8") + " " + (-1).ToString("X") + " " + ((byte)200).ToString("x"));
        Console.WriteLine(0.125.ToString("P") + " " + 1.0.ToString("P0") + " " + (-0.5).ToString("P2"));
        Console.WriteLine(12345.678.ToString("N1") + " " + 12345.678.ToString("F1") + " " + 12345.678.ToString("E3"));
        Console.WriteLine(string.Format("{0,-4}|{1,4}|", true, 'c'));
        string name = "Ada"; int age = 36;
        Console.WriteLine($"{name} is {age} years, next year {age + 1}, {(age > 30 ? "over" : "under")} 30");
        Console.WriteLine(string.Format("{0:00}:{1:00}:{2:00}", 5, 7, 9));
        Console.WriteLine(string.Join("|", new[] { 1.5, 2.25, 3.0 }));
        try { string.Format("{0", 1); } catch (FormatException e) { Console.WriteLine("FormatException"); }
        try { string.Format("{1}", 1); } catch (FormatException e) { Console.WriteLine("FormatException index"); }
    }
}
