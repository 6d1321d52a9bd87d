// checks: Split on chars and strings, RemoveEmptyEntries, count limit, Join on arrays and lists, Concat
using System;
using System.Collections.Generic;

class Program
{
    static void Show(string[] parts) { Console.WriteLine(parts.Length + ": [" + string.Join("][", parts) + "]"); }

    static void Main()
    {
        Show("a,b,,c".Split(','));
        Show("a,b,,c".Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries));
        Show("a b;c".Split(' ', ';'));
        Show("k=v=w".Split(new[] { '=' }, 2));
        Show("one--two--three".Split(new[] { "--" }, StringSplitOptions.None));
        Show("".Split(','));
        Show(",".Split(','));
        Show("  spaced   out  ".Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries));
        Show("line1\nline2\r\nline3".Split(new[] { "\r\n", "\n" }, StringSplitOptions.None));
        Console.WriteLine(string.Join(", ", new List<int> { 1, 2, 3 }));
        Console.WriteLine(string.Join("-", "x", "y", "z"));
        Console.WriteLine(string.Join("/", new object[] { 1, null, "a" }));
        Console.WriteLine(string.Join(",", new string[0]) + "|");
        Console.WriteLine(string.Concat("a", "b", "c") + string.Concat(new[] { "d", "e" }) + string.Concat(1, 2));
        Console.WriteLine(string.Join(",", "a:b:c".Split(':'), 1, 2));
    }
}
