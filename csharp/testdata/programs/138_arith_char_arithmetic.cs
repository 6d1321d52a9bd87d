// checks: char arithmetic promotes to int, c - '0' digit values, (char) casts, char increment, comparisons
using System;

class Program
{
    static void Main()
    {
        char c = 'a';
        Console.WriteLine(c + 1);
        Console.WriteLine((char)(c + 1));
        c++;
        Console.WriteLine(c);
        c += (char)2;
        Console.WriteLine(c);
        Console.WriteLine('7' - '0');
        int sum = 0;
        foreach (var d in "90210") sum += d - '0';
        Console.WriteLine(sum);
        Console.WriteLine('z' - 'a' + 1);
        Console.WriteLine((char)('A' + 25));
        Console.WriteLine('a' < 'b');
        Console.WriteLine('A' == 65);
        string rot = "";
        foreach (var ch in "Hello") rot += char.IsUpper(ch) ? (char)((ch - 'A' + 13) % 26 + 'A') : (char)((ch - 'a' + 13) % 26 + 'a');
        Console.WriteLine(rot);
        Console.WriteLine((int)char.MaxValue + " " + (int)char.MinValue);
        char x = (char)0x263A;
        Console.WriteLine((int)x);
        Console.WriteLine(('a' + 'b').GetType().Name);
        Console.WriteLine(new string((char)('0' + 5), 3));
    }
}
