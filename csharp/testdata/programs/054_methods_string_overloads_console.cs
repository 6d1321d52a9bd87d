// checks: Console.WriteLine overloads with format strings and params, char[] argument, object argument
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine("{0}-{1}", 1, 2);
        Console.WriteLine("{0}{1}{2}{3}{4}", 'a', 'b', 'c', 'd', 'e');
        Console.WriteLine(new char[] { 'h', 'i' });
        Console.WriteLine((object)"obj");
        Console.WriteLine("{0,5}|{1,-5}|", "r", "l");
        Console.WriteLine("{1}{0}{1}", "x", "y");
        Console.Write("{0}+{1}=", 1, 1);
        Console.WriteLine(2);
        Console.WriteLine(3.5m);
        Console.WriteLine(12345678901L);
        Console.WriteLine(uint.MaxValue);
    }
}
