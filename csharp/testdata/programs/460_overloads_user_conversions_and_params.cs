// checks: overload resolution with user-defined implicit conversions, params vs object, optional vs exact, and ref/out overloads
using System;

class Number
{
    public readonly string Digits;
    public Number(string d) { Digits = d; }
    public static implicit operator Number(string s) { return new Number(s); }
}

class Program
{
    static void Dial(Number n) { Console.WriteLine("Dial(Number " + n.Digits + ")"); }
    static void Dial(object o) { Console.WriteLine("Dial(object)"); }
    static void Ring(Number n) { Console.WriteLine("Ring(Number " + n.Digits + ")"); }
    static void Log(object o) { Console.WriteLine("Log(object)"); }
    static void Log(params object[] os) { Console.WriteLine("Log(params " + (os == null ? "null array" : os.Length.ToString()) + ")"); }
    static void Get(int x) { Console.WriteLine("Get(int)"); }
    static void Get(ref int x) { Console.WriteLine("Get(ref int)"); }
    static void Get(out string s) { s = "filled"; Console.WriteLine("Get(out string)"); }

    static void Main()
    {
        Dial("101");
        Dial(new Number("102"));
        Ring("103");
        Log(1);
        Log(1, 2);
        Log();
        Log(null);
        Log((object)null);
        int v = 0;
        Get(v);
        Get(ref v);
        string s;
        Get(out s);
        Console.WriteLine(s);
    }
}
