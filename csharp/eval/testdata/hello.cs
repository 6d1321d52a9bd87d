using System;
class Program {
    static int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
    static void Main() {
        Console.WriteLine("Hello, World!");
        int x = 5;
        long y = x * 2;
        Console.WriteLine(x + " " + y + " " + Fib(10));
        Console.WriteLine("{0} and {1,5}|{2:F2}", 1, "ab", 3.14159);
        string s = $"x={x}, pad=[{x,-4}]";
        Console.WriteLine(s);
    }
}
// Output:
// Hello, World!
// 5 10 55
// 1 and    ab|3.14
// x=5, pad=[5   ]
