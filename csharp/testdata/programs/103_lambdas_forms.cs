// checks: expression and block lambdas, explicit parameter types, lambdas returning lambdas, immediately invoked via a delegate
using System;

class Program
{
    static void Main()
    {
        Func<int, int> e = x => x + 1;
        Func<int, int> b = x => { var y = x * 2; return y + 1; };
        Func<int, string, string> typed = (int n, string s) => s + n;
        Func<int, Func<int, int>> curried = a => c => a - c;
        Func<Func<int, int>, int, int> twice = (f, v) => f(f(v));
        Console.WriteLine(e(1) + " " + b(1) + " " + typed(5, "n") + " " + curried(10)(3) + " " + twice(e, 5));
        Console.WriteLine(((Func<int>)(() => 42))());
        Action<string> discard = _ => Console.WriteLine("underscore param");
        discard("ignored");
        Func<bool> pred = () => true;
        Console.WriteLine(pred() ? "yes" : "no");
        Predicate<int> isEven = n => n % 2 == 0;
        Console.WriteLine(isEven(4) + " " + isEven(5));
        Comparison<string> byLen = (x, y) => x.Length.CompareTo(y.Length);
        Console.WriteLine(byLen("aa", "b"));
        Converter<int, string> conv = n => "#" + n;
        Console.WriteLine(conv(9));
    }
}
