// checks: overload candidates needing no default-argument filling win over those that do
using System;

class Program
{
    static void M(int a) { Console.WriteLine("M(int)"); }
    static void M(int a, int b = 0) { Console.WriteLine("M(int, int = 0)"); }
    static void P(string s, params string[] rest) { Console.WriteLine("P(params) " + rest.Length); }
    static void P(string s, string t = "t") { Console.WriteLine("P(opt) " + t); }

    static void Main()
    {
        M(1);
        M(1, 2);
        P("a");
        P("a", "b");
        P("a", "b", "c");
    }
}
