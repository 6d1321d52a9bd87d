using System;
class Program {
    static void Main() {
        double[] ds = { 1e14, 1e15, 123456789012345.0, 1234567890123456.0, 0.1 + 0.2, 0.0001, 0.00001, -0.0, 1.5e-10, 1e300, double.MaxValue, 3.0 };
        foreach (double d in ds) Console.WriteLine(d);
        float[] fs = { 16777216f, 1e7f, 1e8f, 0.1f, 3.4028235e38f, 1.0f / 3.0f, 1234567f };
        foreach (float f in fs) Console.WriteLine(f.ToString());
        double x = 1e14;
        Console.WriteLine("x=" + x + $" {x} {0.1f + 0.2f}");
        Console.Write(2e20);
        Console.WriteLine();
    }
}
// Output:
// 100000000000000
// 1E+15
// 123456789012345
// 1234567890123456
// 0.30000000000000004
// 0.0001
// 1E-05
// -0
// 1.5E-10
// 1E+300
// 1.7976931348623157E+308
// 3
// 16777216
// 1E+07
// 1E+08
// 0.1
// 3.4028235E+38
// 0.33333334
// 1234567
// x=100000000000000 100000000000000 0.3
// 2E+20
