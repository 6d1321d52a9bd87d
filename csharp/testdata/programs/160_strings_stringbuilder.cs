// checks: StringBuilder Append overloads, AppendLine, AppendFormat, Insert, Remove, Replace, indexer set, Length truncation, Clear, chaining
using System;
using System.Text;

class Program
{
    static void Main()
    {
        var sb = new StringBuilder();
        sb.Append("abc").Append(1).Append('x').Append(true).Append(2.5m);
        Console.WriteLine(sb.ToString() + " " + sb.Length);
        sb.Clear();
        sb.AppendLine("line1").AppendLine().Append("line3");
        Console.WriteLine(sb.ToString().Replace("\n", "\\n"));
        var f = new StringBuilder("start");
        f.AppendFormat(" {0}-{1:D2}", "fmt", 7);
        Console.WriteLine(f);
        f.Insert(0, ">> ");
        f.Replace("fmt", "FMT");
        f.Remove(3, 5);
        Console.WriteLine(f);
        f[0] = '<';
        Console.WriteLine(f + " " + f[1]);
        f.Length = 4;
        Console.WriteLine("[" + f + "]");
        var g = new StringBuilder("x", 100);
        g.Append('-', 3);
        g.Append(new[] { 'a', 'b' });
        Console.WriteLine(g + " " + g.ToString(1, 3));
        var h = new StringBuilder();
        for (int i = 0; i < 5; i++) { if (h.Length > 0) h.Append(','); h.Append(i * i); }
        Console.WriteLine(h);
        Console.WriteLine(new StringBuilder("abcabc").Replace('a', 'A').Replace("bc", "", 0, 3));
        object nul = null;
        Console.WriteLine(new StringBuilder().Append(nul).Append((string)null).Length);
    }
}
