// checks: Func and Action with 0-3 arguments, method group conversions, static and instance method groups, anonymous methods
using System;

class Calc
{
    public int Base = 100;
    public int AddBase(int x) { return x + Base; }
}

class Program
{
    static int Square(int x) { return x * x; }
    static void Hello() { Console.WriteLine("hello"); }

    static void Main()
    {
        Func<int> zero = () => 0;
        Func<int, int> sq = Square;
        Func<int, int, int> add = (a, b) => a + b;
        Func<string, int, bool, string> three = (s, n, b) => s + n + b;
        Action hi = Hello;
        Action<string> say = s => Console.WriteLine("say " + s);
        Action<int, int> both = delegate (int a, int b) { Console.WriteLine(a * b); };
        Console.WriteLine(zero() + " " + sq(7) + " " + add(2, 3) + " " + three("x", 1, true));
        hi();
        say("it");
        both(6, 7);
        var calc = new Calc();
        Func<int, int> inst = calc.AddBase;
        calc.Base = 1;
        Console.WriteLine(inst(5));
        Func<int, int> anon = delegate (int v) { return v - 1; };
        Console.WriteLine(anon(10));
        Action noArgs = delegate { Console.WriteLine("parameterless anonymous method"); };
        noArgs();
        Console.WriteLine(sq.Invoke(3));
        Func<int, int> compose = x => sq(add(x, 1));
        Console.WriteLine(compose(2));
    }
}
