// checks: compound assignment, ++/-- prefix and postfix, assignment as expression value
using System;

class Program
{
    static void Main()
    {
        int x = 5;
        x += 3; Console.WriteLine(x);
        x -= 1; Console.WriteLine(x);
        x *= 2; Console.WriteLine(x);
        x /= 3; Console.WriteLine(x);
        x %= 3; Console.WriteLine(x);
        x <<= 4; Console.WriteLine(x);
        x >>= 1; Console.WriteLine(x);
        x |= 1; Console.WriteLine(x);
        x &= 12; Console.WriteLine(x);
        x ^= 5; Console.WriteLine(x);
        int i = 0;
        Console.WriteLine(i++ + " " + i);
        Console.WriteLine(++i + " " + i);
        Console.WriteLine(i-- + " " + --i);
        int a, b;
        a = b = 7;
        Console.WriteLine(a + b);
        int c = (a = 3) + a;
        Console.WriteLine(c);
        byte by = 250;
        by += 10;
        Console.WriteLine(by);
        string s = "a";
        s += 1;
        s += 'z';
        Console.WriteLine(s);
        int j = 1;
        j += j++ + ++j;
        Console.WriteLine(j);
    }
}
