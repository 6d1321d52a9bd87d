// checks: local constants, const expressions, block scoping, var inference and default values
using System;

class Program
{
    const int Base = 10;
    const string Greeting = "Hi" + " " + "there";
    const long Big = Base * 1000L;

    static void Main()
    {
        const double Half = 1 / 2.0;
        Console.WriteLine(Base + " " + Greeting + " " + Big + " " + Half);
        var v = 3;
        var s = "str";
        var arr = new[] { 1, 2, 3 };
        Console.WriteLine(v.GetType().Name + " " + s.GetType().Name + " " + arr.GetType().Name);
        {
            int inner = 5;
            Console.WriteLine(inner);
        }
        {
            int inner = 6;
            Console.WriteLine(inner);
        }
        int[] zeros = new int[2];
        bool[] flags = new bool[1];
        string[] strs = new string[1];
        Console.WriteLine(zeros[1] + " " + flags[0] + " " + (strs[0] == null));
        Console.WriteLine(default(int) + " " + default(bool) + " " + (default(string) == null) + " " + default(char).Equals('\0'));
        Console.WriteLine(int.MaxValue - Base);
    }
}
