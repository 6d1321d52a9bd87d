// checks: StringBuilder as scripts build SIP headers and reports: Append overloads, AppendFormat, AppendLine, Insert, Remove, Replace, indexer, Length truncation, Clear, capacity-free chaining
using System;
using System.Collections.Generic;
using System.Text;

class Program
{
    static void Main()
    {
        var sb = new StringBuilder();
        sb.Append("From: ").Append('<').Append("sip:").Append(100).Append('@').Append("pbx").Append('>');
        sb.AppendLine();
        sb.Append("Count=").Append(3L).Append(' ').Append(2.5).Append(' ').Append(1.25m).Append(' ').Append(true).Append(' ').Append((object)null).Append('|');
        sb.AppendLine().AppendFormat("{0,-6}|{1,5:F1}|{2:X4}", "ext", 12.345, 255).AppendLine();
        sb.Append('-', 10).AppendLine();
        sb.Append(new[] { 'a', 'b', 'c' }).Append("xyz", 1, 2).AppendLine();
        Console.Write(sb.ToString());
        Console.WriteLine(sb.Length + " " + sb[0] + sb[1] + " " + sb.ToString(6, 5));

        var h = new StringBuilder("Hello World");
        h.Insert(0, ">> ").Insert(h.Length, '!').Replace("World", "Caller").Replace('l', 'L');
        Console.WriteLine(h + " " + h.Length);
        h.Remove(0, 3);
        h[0] = 'J';
        Console.WriteLine(h.ToString() + " " + h.ToString().IndexOf("Caller"));
        h.Length = 5;
        Console.WriteLine("[" + h + "]");
        h.Length = 7;
        Console.WriteLine("[" + h.ToString().Replace('\0', '_') + "] " + h.Length);
        h.Clear();
        Console.WriteLine("[" + h + "] " + h.Length);

        var csv = new StringBuilder();
        var rows = new List<string[]> { new[] { "id", "name", "secs" }, new[] { "1", "Ann, B.", "61" }, new[] { "2", "Bob \"the\" builder", "5" } };
        foreach (var row in rows)
        {
            for (int i = 0; i < row.Length; i++)
            {
                if (i > 0) csv.Append(',');
                string cell = row[i];
                if (cell.IndexOfAny(new[] { ',', '"' }) >= 0) csv.Append('"').Append(cell.Replace("\"", "\"\"")).Append('"');
                else csv.Append(cell);
            }
            csv.Append("\r\n");
        }
        Console.Write(csv.ToString().Replace("\r\n", "\n"));
        var sep = new StringBuilder();
        foreach (var n in new[] { 1, 2, 3 }) sep.Append(n).Append(", ");
        if (sep.Length > 0) sep.Length -= 2;
        Console.WriteLine(sep + " " + sep.ToString().Length + " " + new StringBuilder("abc").Equals(new StringBuilder("abc")) + " " + new StringBuilder(16).Append("x").Capacity.ToString().Length);
        var rev = new StringBuilder();
        string src = "12345";
        for (int i = src.Length - 1; i >= 0; i--) rev.Append(src[i]);
        Console.WriteLine(rev.ToString() + " " + rev.Insert(2, "--").ToString() + " " + rev.Replace("-", "", 0, 3));
    }
}
