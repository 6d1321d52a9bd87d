// checks: multicast delegates: invocation order, += and -= (removes the last matching), return value of the last, null after removing all
using System;

class Program
{
    static void A() { Console.Write("A "); }
    static void B() { Console.Write("B "); }
    static int One() { Console.Write("one "); return 1; }
    static int Two() { Console.Write("two "); return 2; }

    static void Main()
    {
        Action d = A;
        d += B;
        d += A;
        d();
        Console.WriteLine();
        d -= A;
        d();
        Console.WriteLine();
        Console.WriteLine(d.GetInvocationList().Length);
        d -= B;
        d -= A;
        Console.WriteLine(d == null);
        d -= A;
        Console.WriteLine(d == null);
        Func<int> f = One;
        f += Two;
        Console.WriteLine("result " + f());
        Action x = null;
        x += B;
        x();
        Console.WriteLine();
        Action combined = (Action)Delegate.Combine(new Action(A), new Action(B));
        combined();
        Console.WriteLine();
        Action ab = A; ab += B;
        Action all = A; all += B; all += A; all += B;
        all -= ab;
        all();
        Console.WriteLine();
    }
}
