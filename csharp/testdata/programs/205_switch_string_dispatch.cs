// checks: switch on strings with many cases, case-insensitive dispatch via ToLowerInvariant, switch inside loops with continue
using System;

class Program
{
    static string Command(string cmd)
    {
        switch (cmd.ToLowerInvariant())
        {
            case "answer": return "answering";
            case "hold":
            case "park": return "holding";
            case "transfer": return "transferring";
            case "": return "empty";
            default: return "unknown: " + cmd;
        }
    }

    static void Main()
    {
        foreach (var c in new[] { "Answer", "PARK", "hold", "transfer", "", "dance" }) Console.WriteLine(Command(c));
        int handled = 0;
        foreach (var c in new[] { "a", "skip", "b" })
        {
            switch (c)
            {
                case "skip": continue;
                default: handled++; break;
            }
            Console.WriteLine("after switch " + c);
        }
        Console.WriteLine(handled);
    }
}
