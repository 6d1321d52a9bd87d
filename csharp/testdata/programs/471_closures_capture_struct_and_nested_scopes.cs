// checks: closures capture struct variables by reference to the variable (mutations visible), nested scopes create separate captured variables
using System;
using System.Collections.Generic;

struct Point { public int X, Y; }

class Program
{
    static void Main()
    {
        var p = new Point { X = 1 };
        Action move = () => p.X += 10;
        move(); move();
        Console.WriteLine(p.X);
        var actions = new List<Func<string>>();
        for (int i = 0; i < 2; i++)
        {
            int outer = i;
            for (int j = 0; j < 2; j++)
            {
                int inner = j;
                actions.Add(() => outer + ":" + inner);
            }
        }
        Console.WriteLine(string.Join(" ", actions.ConvertAll(f => f())));
        int shared = 0;
        Func<Func<int>> factory = () => { int own = 0; return () => ++own + ++shared * 100; };
        var f1 = factory();
        var f2 = factory();
        Console.WriteLine(f1() + " " + f1() + " " + f2() + " " + shared);
    }
}
