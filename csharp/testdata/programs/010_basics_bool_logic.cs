// checks: bool operators, non-short-circuit & and |, ^ on bools, bool.Parse and ToString
using System;

class Program
{
    static bool T(string s) { Console.Write(s); return true; }
    static bool F(string s) { Console.Write(s); return false; }

    static void Main()
    {
        Console.WriteLine(F("a") & T("b"));
        Console.WriteLine(T("c") | F("d"));
        Console.WriteLine(F("e") && T("f"));
        Console.WriteLine(T("g") || F("h"));
        Console.WriteLine(true ^ true);
        Console.WriteLine(true ^ false);
        Console.WriteLine(!false);
        Console.WriteLine(bool.Parse("true") + " " + bool.Parse(" FALSE "));
        bool ok;
        Console.WriteLine(bool.TryParse("yes", out ok) + " " + ok);
        Console.WriteLine(true.ToString() + false.ToString());
        Console.WriteLine(bool.TrueString + bool.FalseString);
        bool x = true;
        x &= false;
        Console.WriteLine(x);
        x |= true;
        Console.WriteLine(x);
        Console.WriteLine(true.CompareTo(false) + " " + false.Equals(false));
    }
}
