// checks: unchecked conversions from double and float to integer types as .NET 8 on x64 performs them (out-of-range and NaN go through int.MinValue for the 32-bit-and-narrower types, long.MinValue for long), truncation toward zero, and the checked versions' OverflowException
using System;

class Program
{
    static void Main()
    {
        double[] xs = { 1e20, -1e20, 4e9, -3e9, double.NaN, 1.0 / 0.0, 40000.5, 1e10, 2147483647.9, -2147483648.9, 300.7, -0.9, 65535.99 };
        string[] names = { "1e20", "-1e20", "4e9", "-3e9", "NaN", "+inf", "40000.5", "1e10", "int.Max+.9", "int.Min-.9", "300.7", "-0.9", "65535.99" };
        for (int i = 0; i < xs.Length; i++)
        {
            double x = xs[i];
            Console.WriteLine(names[i] + ": " + unchecked((int)x) + " " + unchecked((short)x) + " " + unchecked((sbyte)x) + " " + unchecked((byte)x) + " " + unchecked((ushort)x) + " " + (int)unchecked((char)x) + " " + unchecked((long)x));
        }
        float f = 3e9f;
        Console.WriteLine(unchecked((int)f) + " " + unchecked((uint)f) + " " + unchecked((long)f) + " " + unchecked((int)-2.5f) + " " + unchecked((byte)255.9f));
        foreach (var x in new[] { 2147483648.0, -2147483649.0, double.NaN, 1e10 })
        {
            try { Console.WriteLine(checked((int)x)); }
            catch (OverflowException) { Console.WriteLine("OverflowException"); }
        }
        try { double big = 70000; Console.WriteLine(checked((short)big)); }
        catch (OverflowException) { Console.WriteLine("OverflowException"); }
        double ok = 32767.9, small = -0.9, low = -2147483648.9;
        Console.WriteLine(checked((short)ok) + " " + checked((byte)small) + " " + checked((int)low));
    }
}
