// checks: operator precedence and associativity of arithmetic, shift, relational, logical and conditional operators
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(2 + 3 * 4);
        Console.WriteLine((2 + 3) * 4);
        Console.WriteLine(10 - 4 - 3);
        Console.WriteLine(100 / 10 / 5);
        Console.WriteLine(1 + 2 << 3);
        Console.WriteLine(1 << 2 + 1);
        Console.WriteLine(5 & 3 | 8);
        Console.WriteLine(5 ^ 3 & 1);
        Console.WriteLine(true || false && false);
        Console.WriteLine(1 < 2 == true);
        Console.WriteLine(-2 * -3);
        Console.WriteLine(~5);
        Console.WriteLine(!true | true);
        int a = 1;
        Console.WriteLine(a > 0 ? a < 5 ? "small" : "big" : "neg");
        Console.WriteLine(7 % 3 * 2);
        Console.WriteLine("x" + 1 + 2);
        Console.WriteLine(1 + 2 + "x");
        Console.WriteLine("x" + (1 + 2));
        Console.WriteLine('a' + 1);
        Console.WriteLine("" + 'a' + 1);
    }
}
