// checks: operands and arguments are evaluated left to right (ECMA-334 §12.4)
using System;

class Program
{
    static int Trace(string name, int v)
    {
        Console.WriteLine("eval " + name);
        return v;
    }

    static int Sum3(int a, int b, int c) { return a + b + c; }

    static void Main()
    {
        int r = Trace("a", 1) + Trace("b", 2) * Trace("c", 3);
        Console.WriteLine(r);
        Console.WriteLine(Sum3(Trace("x", 1), Trace("y", 2), Trace("z", 3)));
        int[] arr = new int[3];
        int i = 0;
        arr[i++] = i++;
        Console.WriteLine(arr[0] + " " + i);
        bool t = Trace("l", 0) == 1 && Trace("r", 1) == 1;
        Console.WriteLine(t);
        bool u = Trace("l2", 1) == 1 || Trace("r2", 1) == 1;
        Console.WriteLine(u);
        int k = Trace("cond", 1) > 0 ? Trace("then", 10) : Trace("else", 20);
        Console.WriteLine(k);
    }
}
