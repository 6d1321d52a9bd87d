// checks: integer literals: hex, binary, digit separators, suffixes, MinValue/MaxValue of each type
// expect: hand-checked (Mono 6.8's mcs reads each '_' in a decimal literal as a 0 digit: 1_000_000 gives 100000000; Roslyn gives 1000000)
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(0x1F);
        Console.WriteLine(0b1011);
        Console.WriteLine(1_000_000);
        Console.WriteLine(0xFFFF_FFFFu);
        Console.WriteLine(10L * 1_000_000_000);
        Console.WriteLine(18446744073709551615UL);
        Console.WriteLine(sbyte.MinValue + " " + sbyte.MaxValue);
        Console.WriteLine(byte.MinValue + " " + byte.MaxValue);
        Console.WriteLine(short.MinValue + " " + short.MaxValue);
        Console.WriteLine(ushort.MaxValue);
        Console.WriteLine(int.MinValue + " " + int.MaxValue);
        Console.WriteLine(uint.MaxValue);
        Console.WriteLine(long.MinValue + " " + long.MaxValue);
        Console.WriteLine(ulong.MaxValue);
        Console.WriteLine(0x7FFFFFFF == int.MaxValue);
        Console.WriteLine(0xFFFFFFFF.GetType().Name);
        Console.WriteLine(0x100000000.GetType().Name);
        Console.WriteLine(1u.GetType().Name + " " + 1L.GetType().Name + " " + 1UL.GetType().Name);
    }
}
