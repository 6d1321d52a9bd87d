// checks: building JSON-like text with escapes and verbatim strings; quotes, backslashes and braces in interpolation and format
using System;
using System.Text;

class Program
{
    static string Esc(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    static void Main()
    {
        string name = "O\"Brien \\ Co\nLtd";
        Console.WriteLine("{\"name\":\"" + Esc(name) + "\"}");
        Console.WriteLine($"{{\"ext\":{101},\"ok\":{true.ToString().ToLower()}}}");
        Console.WriteLine(string.Format("{{\"n\":{0}}}", 5));
        Console.WriteLine(@"{""verbatim"":""C:\path""}");
        Console.WriteLine($@"{{""i"":{1 + 1}}}");
        Console.WriteLine("\u007Bunicode\u007D");
    }
}
