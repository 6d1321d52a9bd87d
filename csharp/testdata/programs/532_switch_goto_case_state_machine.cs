// checks: a switch-based state machine with goto case on strings and enums, goto default, goto out of the switch from inside a loop, break inside a loop inside a switch section, and return from a section through finally
using System;

enum State { Idle, Ringing, Talking, Done }

class Program
{
    static string Route(string digit)
    {
        switch (digit)
        {
            case "0":
                return "operator";
            case "1":
                goto case "sales";
            case "sales":
                return "sales queue";
            case "9":
                goto default;
            default:
                return "voicemail";
        }
    }

    static void Run(State s)
    {
        int guard = 0;
        switch (s)
        {
            case State.Idle:
                Console.WriteLine("idle -> ringing");
                goto case State.Ringing;
            case State.Ringing:
                for (int i = 0; i < 10; i++)
                {
                    if (i == 2) break;
                    Console.WriteLine("ring " + i);
                }
                goto case State.Talking;
            case State.Talking:
                while (true)
                {
                    if (++guard > 2) goto hangup;
                    Console.WriteLine("talk " + guard);
                }
            case State.Done:
                Console.WriteLine("done");
                break;
        }
        Console.WriteLine("after switch");
        return;
    hangup:
        Console.WriteLine("hung up after " + guard);
    }

    static int WithFinally(int k)
    {
        try
        {
            switch (k)
            {
                case 1: return 10;
                case 2: goto case 1;
                default: break;
            }
            return -1;
        }
        finally
        {
            Console.WriteLine("finally for " + k);
        }
    }

    static void Main()
    {
        foreach (var d in new[] { "0", "1", "9", "x", "sales" }) Console.WriteLine(d + ": " + Route(d));
        Run(State.Idle);
        Run(State.Done);
        Console.WriteLine(WithFinally(2) + " " + WithFinally(3));
    }
}
