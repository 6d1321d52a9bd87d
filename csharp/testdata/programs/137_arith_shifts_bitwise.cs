// checks: shift counts are masked (& 31 for int, & 63 for long), arithmetic right shift of negatives, logical for unsigned
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(1 << 31);
        Console.WriteLine(1 << 32);
        Console.WriteLine(1 << 33);
        Console.WriteLine(1L << 32);
        Console.WriteLine(1L << 64);
        Console.WriteLine(-16 >> 2);
        Console.WriteLine(-1 >> 31);
        Console.WriteLine(0x80000000u >> 31);
        Console.WriteLine(uint.MaxValue >> 28);
        Console.WriteLine((int)(uint.MaxValue >> 1));
        Console.WriteLine(5 << -1);
        int x = 0b1011_0110;
        Console.WriteLine(x & 0xF);
        Console.WriteLine(x | 0x100);
        Console.WriteLine(x ^ 0xFF);
        Console.WriteLine(~x);
        Console.WriteLine(~0u);
        byte by = 0x81;
        Console.WriteLine(by << 1);
        Console.WriteLine((byte)(by << 1));
        Console.WriteLine(by >> 1);
        long l = -1L;
        Console.WriteLine((ulong)l >> 60);
        int count = 0;
        for (int v = 0xF0F0; v != 0; v &= v - 1) count++;
        Console.WriteLine(count);
        Console.WriteLine(Convert.ToString(x, 2) + " " + Convert.ToString(-8, 2).Length);
    }
}
