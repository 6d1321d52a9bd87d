// checks: global using directives, record class with explicit class keyword, sealed ToString override in a record
// expect: hand-checked (C# 10: global using, record class, sealed ToString)
global using System.Text;
using System;

record class Prompt(string Id)
{
    public sealed override string ToString() => "Prompt<" + Id + ">";
}

class Program
{
    static void Main()
    {
        var sb = new StringBuilder();
        sb.Append(new Prompt("BEEP")).Append(' ').Append(new Prompt("BYE") == new Prompt("BYE"));
        Console.WriteLine(sb);
    }
}
