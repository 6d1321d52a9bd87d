// checks: conditional operator typing (int and null with nullable, common type), nested conditionals
using System;

class Program
{
    static void Main()
    {
        bool b = true;
        var x = b ? 1 : 2.5;
        Console.WriteLine(x.GetType().Name + " " + x);
        int? n = b ? 5 : (int?)null;
        Console.WriteLine(n);
        int? m = !b ? 5 : (int?)null;
        Console.WriteLine(m.HasValue);
        object o = b ? (object)"str" : 3;
        Console.WriteLine(o);
        long l = b ? 1 : 2L;
        Console.WriteLine(l.GetType().Name);
        for (int i = -1; i <= 1; i++)
            Console.WriteLine(i < 0 ? "neg" : i == 0 ? "zero" : "pos");
        string s = null;
        Console.WriteLine(s == null ? "none" : s);
        char c = b ? 'y' : 'n';
        Console.WriteLine(c);
    }
}
