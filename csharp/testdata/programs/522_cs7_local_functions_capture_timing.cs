// checks: local functions see the current value of captured locals declared before or after them, get fresh variables per loop iteration, work as delegates and from lambdas
// expect: hand-checked (C# 7: Mono's mcs does not implement local functions)
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        int total = 0;
        var xs = new List<int> { 1, 2, 3 };
        xs.ForEach(x => Add(x));
        Console.WriteLine("total " + total);

        string prefix = "n=";
        Show(1);
        prefix = "m=";
        Show(2);

        var actions = new List<Action>();
        for (int i = 0; i < 3; i++)
        {
            int copy = i * 10;
            void Print() => Console.Write(copy + " ");
            actions.Add(Print);
        }
        foreach (var a in actions) a();
        Console.WriteLine();

        Func<int, int> twice = Twice;
        Console.WriteLine(twice(21));

        int depth = 0;
        int Sum(int n)
        {
            depth++;
            return n == 0 ? 0 : n + Sum(n - 1);
        }
        Console.WriteLine(Sum(4) + " in " + depth + " calls");

        int counter = 0;
        IEnumerable<int> Upto(int n)
        {
            for (int k = 1; k <= n; k++)
            {
                counter++;
                yield return k * k;
            }
        }
        Console.WriteLine(string.Join(",", Upto(3)) + " counter " + counter);

        long Fact(int n) => n <= 1 ? 1 : n * Fact(n - 1);
        var big = Fact(20);
        Console.WriteLine(big);

        void Add(int v) { total += v; }
        void Show(int n) => Console.WriteLine(prefix + n);
        int Twice(int v) => v * 2;
    }
}
