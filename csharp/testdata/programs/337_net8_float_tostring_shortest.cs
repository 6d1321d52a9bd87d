// checks: float.ToString() prints the shortest round-trippable string (.NET Core 3.0+); float to double widening shows the binary value
// expect: hand-checked (.NET 8 differs from Mono: Mono prints 7 significant digits for float)
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(1f / 3);
        Console.WriteLine(0.1f);
        Console.WriteLine((double)0.1f);
        Console.WriteLine(16777217f);
        Console.WriteLine((float)Math.PI);
        Console.WriteLine(2.5f);
        Console.WriteLine(float.MaxValue);
    }
}
