// checks: fixed-width table output with PadLeft/PadRight, string.Format alignment, truncation with Substring and ellipsis
using System;

class Program
{
    static string Cell(string s, int w) => s.Length <= w ? s.PadRight(w) : s.Substring(0, w - 1) + "~";

    static void Main()
    {
        var rows = new[] { new[] { "101", "Ann Smith", "available" }, new[] { "102", "Bartholomew Longname", "on call" }, new[] { "1003", "Cy", "dnd" } };
        Console.WriteLine("+" + new string('-', 6) + "+" + new string('-', 12) + "+" + new string('-', 11) + "+");
        foreach (var r in rows) Console.WriteLine("|" + r[0].PadLeft(5) + " |" + Cell(r[1], 12) + "|" + Cell(r[2], 11) + "|");
        Console.WriteLine(string.Format("|{0,-6}|{1,12}|{2,11}|", "total", rows.Length, "rows"));
    }
}
