// checks: StringBuilder: Append overloads (char, int, bool, double, object, repeat count), AppendLine, AppendFormat with alignment, Insert, Remove, Replace (whole and range), indexer get/set, Length truncate and extend, Clear, chaining, Capacity-free ToString(start, len), Equals
using System;
using System.Text;

class Program
{
    static void Main()
    {
        var sb = new StringBuilder();
        sb.Append("abc").Append('-').Append(42).Append(true).Append(2.5).Append((object)null).Append('x', 3);
        Console.WriteLine(sb.ToString() + " len=" + sb.Length);
        sb.Clear();
        sb.AppendLine("line1").AppendLine().Append("line3");
        Console.WriteLine(sb.ToString().Replace("\n", "\\n").Replace("\r", "\\r"));
        sb.Clear();
        sb.AppendFormat("[{0,5}|{1,-5}|{2:D3}]", "ab", "cd", 7);
        Console.WriteLine(sb);
        sb.Clear().Append("Hello World");
        sb.Insert(5, ",").Insert(0, ">> ").Insert(sb.Length, '!');
        Console.WriteLine(sb);
        sb.Remove(0, 3);
        Console.WriteLine(sb);
        sb.Replace('o', '0');
        Console.WriteLine(sb);
        sb.Replace("l", "L", 0, 5);
        Console.WriteLine(sb);
        sb[0] = 'h';
        Console.WriteLine(sb[0] + "" + sb[sb.Length - 1]);
        sb.Length = 5;
        Console.WriteLine("[" + sb + "]");
        sb.Length = 7;
        Console.WriteLine(sb.ToString().Replace('\0', '.'));
        Console.WriteLine(sb.ToString(1, 3));
        var a = new StringBuilder("x");
        var b = new StringBuilder("x");
        Console.WriteLine(a.Equals(b) + " " + (a.ToString() == b.ToString()));
        var table = new StringBuilder();
        for (int i = 1; i <= 3; i++)
            table.AppendFormat("{0}*{0}={1,3};", i, i * i);
        Console.WriteLine(table);
        var rev = new StringBuilder();
        string s = "stressed";
        for (int i = s.Length - 1; i >= 0; i--) rev.Append(s[i]);
        Console.WriteLine(rev);
        Console.WriteLine(new StringBuilder("abc", 100).Append("def").Length);
    }
}
