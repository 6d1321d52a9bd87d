// checks: user-declared delegate types, delegate equality, passing delegates as callbacks, Invoke and ?.Invoke
using System;

delegate int BinOp(int a, int b);
delegate void Notify(string msg);

class Program
{
    static int Mul(int a, int b) { return a * b; }
    static int Apply(BinOp op, int a, int b) { return op(a, b); }

    static void Main()
    {
        BinOp add = (a, b) => a + b;
        Console.WriteLine(Apply(add, 3, 4) + " " + Apply(Mul, 3, 4));
        BinOp m1 = Mul, m2 = Mul;
        Console.WriteLine(m1 == m2);
        Console.WriteLine(m1.Equals(m2));
        Notify n = null;
        n?.Invoke("nobody");
        n += s => Console.WriteLine("first: " + s);
        n += s => Console.WriteLine("second: " + s);
        n?.Invoke("hello");
        n.Invoke("again");
    }
}
