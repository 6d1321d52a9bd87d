// checks: static and instance methods, recursion, void methods with early return, expression-bodied methods
using System;

class MathUtil
{
    public static long Factorial(int n) { return n <= 1 ? 1 : n * Factorial(n - 1); }
    public static int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
    public static int Gcd(int a, int b) { while (b != 0) { int t = a % b; a = b; b = t; } return a; }
    public static void PrintIfPositive(int x)
    {
        if (x <= 0) { Console.WriteLine("skip " + x); return; }
        Console.WriteLine("positive " + x);
    }
    public static bool IsEven(int n) => n == 0 ? true : IsOdd(n - 1);
    public static bool IsOdd(int n) => n == 0 ? false : IsEven(n - 1);
}

class Program
{
    static void Main()
    {
        Console.WriteLine(MathUtil.Factorial(20));
        Console.WriteLine(MathUtil.Fib(20));
        Console.WriteLine(MathUtil.Gcd(84, 36));
        MathUtil.PrintIfPositive(-1);
        MathUtil.PrintIfPositive(5);
        Console.WriteLine(MathUtil.IsEven(10) + " " + MathUtil.IsOdd(7));
    }
}
