// checks: checked/unchecked integer arithmetic: default (unchecked) wraparound, checked blocks and expressions throw OverflowException for + - * and narrowing casts, unchecked inside checked, constant folding overflow avoided with variables, Math.Abs(int.MinValue) throws, negation of MinValue, conversions of doubles to int (truncation), long to int wrap, uint arithmetic, Convert.ToInt32 rounding and overflow
using System;

class Program
{
    static void Try(string label, Func<long> f)
    {
        try { Console.WriteLine(label + " = " + f()); }
        catch (OverflowException) { Console.WriteLine(label + " -> OverflowException"); }
    }

    static void Main()
    {
        int max = int.MaxValue, min = int.MinValue, big = 100000;
        Console.WriteLine(max + 1);
        Console.WriteLine(min - 1);
        Console.WriteLine(big * big);
        Console.WriteLine(-min);
        Try("checked max+1", () => checked(max + 1));
        Try("checked big*big", () => checked(big * big));
        Try("checked min-1", () => checked(min - 1));
        Try("checked -min", () => checked(-min));
        Try("unchecked inside checked", () => checked(unchecked(max + 1) + 0));
        long l = 5000000000L;
        Console.WriteLine((int)l);
        Try("checked (int)long", () => checked((int)l));
        Try("checked (byte)300", () => { int v = 300; return checked((byte)v); });
        int v2 = 300;
        Console.WriteLine((byte)v2 + " " + (sbyte)v2 + " " + (short)(v2 * 250) + " " + (ushort)(v2 - 301));
        Try("Math.Abs(min)", () => Math.Abs(min));
        checked
        {
            int ok = max - 1;
            Console.WriteLine("block ok " + (ok + 1));
            try { int bad = ok + 2; Console.WriteLine(bad); }
            catch (OverflowException) { Console.WriteLine("block overflow"); }
        }
        double d = 3.99, nd = -3.99;
        Console.WriteLine((int)d + " " + (int)nd + " " + (long)1e18 + " " + (int)2.5 + " " + (int)-2.5);
        Try("checked (int)1e10", () => { double x = 1e10; return checked((int)x); });
        Console.WriteLine(Convert.ToInt32(2.5) + " " + Convert.ToInt32(3.5) + " " + Convert.ToInt32(-2.5) + " " + Convert.ToInt32("42"));
        Try("Convert.ToInt32(1e10)", () => Convert.ToInt32(1e10));
        Try("int.Parse overflow", () => int.Parse("2147483648"));
        uint u = 0;
        u--;
        Console.WriteLine(u + " " + (u + 1) + " " + uint.MaxValue);
        ulong ul = ulong.MaxValue;
        Console.WriteLine(ul + " " + (ul + 1));
        Try("checked uint 0-1", () => { uint z = 0; return checked(z - 1); });
        long lm = long.MaxValue;
        Console.WriteLine(lm + 1);
        Try("checked long", () => checked(lm + 1));
        byte bb = 255;
        bb++;
        Console.WriteLine(bb);
        short sh = short.MaxValue;
        sh += 1;
        Console.WriteLine(sh);
        Console.WriteLine(1 << 31);
        Console.WriteLine(1 << 32);
        Console.WriteLine(1L << 40);
        Console.WriteLine(int.MaxValue / -1 + " " + (min / 2));
        try { Console.WriteLine(min / -1); }
        catch (OverflowException) { Console.WriteLine("min / -1 -> OverflowException"); }
        try { int zero = 0; Console.WriteLine(5 % zero); }
        catch (DivideByZeroException) { Console.WriteLine("5 % 0 -> DivideByZeroException"); }
        double dz = 0;
        Console.WriteLine(double.IsPositiveInfinity(1 / dz) + " " + double.IsNegativeInfinity(-1 / dz) + " " + double.IsNaN(dz / dz));
        decimal dm = decimal.MaxValue;
        try { dm += 1; Console.WriteLine(dm); }
        catch (OverflowException) { Console.WriteLine("decimal overflow"); }
    }
}
