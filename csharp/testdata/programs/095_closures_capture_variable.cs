// checks: lambdas capture variables, not values: later writes are seen, and writes inside the lambda are visible outside
using System;

class Program
{
    static void Main()
    {
        int x = 1;
        Func<int> get = () => x;
        Action inc = () => x++;
        x = 10;
        Console.WriteLine(get());
        inc(); inc();
        Console.WriteLine(x + " " + get());
        string msg = "before";
        Action print = () => Console.WriteLine(msg);
        msg = "after";
        print();
        Func<int, Func<int>> makeAdder = n => () => n + x;
        var add5 = makeAdder(5);
        x = 100;
        Console.WriteLine(add5());
    }
}
