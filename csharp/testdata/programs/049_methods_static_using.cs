// checks: using static imports static members of Math and Console and of a user class
using System;
using static System.Math;
using static System.Console;
using static Helpers;

static class Helpers
{
    public static int Twice(int x) { return 2 * x; }
    public const string Tag = "helpers";
}

class Program
{
    static void Main()
    {
        WriteLine(Max(3, 7));
        WriteLine(Abs(-4) + Twice(5));
        WriteLine(Tag);
        WriteLine(Sqrt(16));
        WriteLine(PI.ToString("F5"));
        Write("no newline");
        WriteLine();
    }
}
