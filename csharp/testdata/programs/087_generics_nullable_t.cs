// checks: Nullable<T> in generic code, GetValueOrDefault, lifted operators, boxing a null nullable gives null
using System;

class Program
{
    static string Describe<T>(T? x) where T : struct
    {
        return x.HasValue ? "has " + x.Value : "empty";
    }

    static void Main()
    {
        int? a = 5, b = null;
        Console.WriteLine(Describe(a) + " " + Describe(b));
        Console.WriteLine(a.GetValueOrDefault() + " " + b.GetValueOrDefault() + " " + b.GetValueOrDefault(-1));
        Console.WriteLine((a + b).HasValue + " " + (a + 1));
        Console.WriteLine((a > b) + " " + (a < b) + " " + (b == null) + " " + (a == 5));
        object boxed = b;
        Console.WriteLine(boxed == null);
        object boxed5 = a;
        Console.WriteLine(boxed5.GetType().Name);
        Nullable<double> d = 1.5;
        Console.WriteLine(d);
        bool? t = true, n = null;
        Console.WriteLine((t & n) + "|" + (t | n) + "|" + (false & n));
        Console.WriteLine((n == null) + " " + (n ?? false));
    }
}
