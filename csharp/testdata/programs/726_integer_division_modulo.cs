// checks: integer division truncates toward zero and % takes the dividend's sign for int and long; a floor division and a non-negative modulo written by hand; Math.DivRem; right shift of negatives is arithmetic, >> on uint logical; double % and Math.IEEERemainder; decimal division and modulo
using System;

class Program
{
    static int FloorDiv(int a, int b) { int q = a / b; if ((a % b != 0) && ((a < 0) != (b < 0))) q--; return q; }
    static int Mod(int a, int m) { int r = a % m; return r < 0 ? r + m : r; }

    static void Main()
    {
        int[] xs = { 7, -7 };
        int[] ds = { 2, -2, 3 };
        foreach (var x in xs)
            foreach (var d in ds)
                Console.WriteLine($"{x} / {d} = {x / d}, {x} % {d} = {x % d}, floor {FloorDiv(x, d)}, mod {Mod(x, Math.Abs(d))}");
        long lx = -9000000000L;
        Console.WriteLine(lx / 7 + " " + lx % 7);
        int rem;
        int q = Math.DivRem(-17, 5, out rem);
        Console.WriteLine(q + " " + rem);
        long lrem;
        Console.WriteLine(Math.DivRem(17L, -5L, out lrem) + " " + lrem);
        Console.WriteLine((-16 >> 2) + " " + (-1 >> 10) + " " + (16 >> 2) + " " + (-17 >> 1));
        uint ux = 0x80000000;
        Console.WriteLine((ux >> 4) + " " + ((int)ux >> 4));
        Console.WriteLine(-5 / 2 * 2 + -5 % 2);
        Console.WriteLine(5.5 % 2 + " " + (-5.5 % 2) + " " + Math.IEEERemainder(5.5, 2) + " " + Math.IEEERemainder(7, 2));
        Console.WriteLine(10m / 4m + " " + (-10m % 3m) + " " + 1m / 3m + " " + (7m % 2.5m));
        Console.WriteLine(Math.Floor(-7 / 2.0) + " " + Math.Ceiling(-7 / 2.0) + " " + Math.Truncate(-3.5));
        int hour = -1;
        Console.WriteLine("wrapped hour " + Mod(hour, 24) + " " + (hour % 24));
    }
}
