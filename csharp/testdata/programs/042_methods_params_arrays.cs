// checks: params arrays: expanded form, normal form with an array, zero arguments, null, params object[] with one array argument
using System;

class Program
{
    static int Sum(params int[] xs)
    {
        Console.Write("[" + (xs == null ? "null" : xs.Length.ToString()) + "] ");
        int s = 0;
        if (xs != null) foreach (var x in xs) s += x;
        return s;
    }

    static string Join(string sep, params object[] parts) { return parts.Length + ":" + string.Join(sep, parts); }

    static void Over(int a) { Console.WriteLine("Over(int)"); }
    static void Over(params int[] a) { Console.WriteLine("Over(params)"); }

    static void Main()
    {
        Console.WriteLine(Sum());
        Console.WriteLine(Sum(1));
        Console.WriteLine(Sum(1, 2, 3));
        Console.WriteLine(Sum(new[] { 4, 5 }));
        Console.WriteLine(Sum(null));
        Console.WriteLine(Join("-", 1, "a", 'c', true));
        Console.WriteLine(Join("-", new object[] { "x", "y" }));
        Console.WriteLine(Join("-", (object)new object[] { "x", "y" }));
        Console.WriteLine(Join("-", new string[] { "p", "q" }));
        Over(1);
        Over(1, 2);
        Over();
        Console.WriteLine(string.Format("{0}{1}{2}{3}", "a", "b", "c", "d"));
    }
}
