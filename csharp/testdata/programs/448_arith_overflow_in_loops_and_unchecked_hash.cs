// checks: unchecked int overflow in a hash loop (FNV-1a-like with uint), checked block in a loop detecting overflow point
using System;

class Program
{
    static uint Fnv(string s)
    {
        uint h = 2166136261;
        foreach (var c in s) { h ^= c; h *= 16777619; }
        return h;
    }

    static void Main()
    {
        Console.WriteLine(Fnv("") + " " + Fnv("a") + " " + Fnv("route point"));
        Console.WriteLine(Fnv("abc").ToString("x8"));
        int f = 1, n = 1;
        try
        {
            checked { for (n = 1; n < 20; n++) f *= n; }
        }
        catch (OverflowException) { Console.WriteLine("factorial overflowed at n=" + n + ", last f=" + f); }
        int wrap = int.MaxValue;
        for (int i = 0; i < 3; i++) wrap++;
        Console.WriteLine(wrap);
    }
}
