// checks: integer division truncates toward zero, remainder takes the sign of the dividend; double % and decimal %
using System;

class Program
{
    static void Main()
    {
        int[] a = { 7, -7, 7, -7 };
        int[] b = { 2, 2, -2, -2 };
        for (int i = 0; i < 4; i++)
            Console.WriteLine(a[i] + " / " + b[i] + " = " + (a[i] / b[i]) + ", % = " + (a[i] % b[i]));
        Console.WriteLine(-1 / 3 + " " + -1 % 3);
        Console.WriteLine(5.5 % 2 + " " + -5.5 % 2);
        Console.WriteLine(7.5m % 2m + " " + -7.5m % 2m);
        Console.WriteLine(10L / 3 + " " + 10L % -3);
        Console.WriteLine(Math.DivRem(17, 5, out int rem) + " r " + rem);
        Console.WriteLine(((-7 % 3) + 3) % 3);
        Console.WriteLine(7 / 2 * 2 + 7 % 2);
        uint u = 7;
        Console.WriteLine(u / 2 + " " + u % 4);
        Console.WriteLine(1 / 2.0 + " " + 1 / 2);
    }
}
