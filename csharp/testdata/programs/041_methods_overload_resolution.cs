// checks: overload resolution picks the better conversion: exact over widening, int->long over int->double, string over object for null
using System;

class Program
{
    static void F(int x) { Console.WriteLine("F(int) " + x); }
    static void F(long x) { Console.WriteLine("F(long) " + x); }
    static void F(double x) { Console.WriteLine("F(double) " + x); }
    static void F(object x) { Console.WriteLine("F(object) " + x); }
    static void F(string x) { Console.WriteLine("F(string) " + (x ?? "null")); }

    static void G(long x) { Console.WriteLine("G(long)"); }
    static void G(double x) { Console.WriteLine("G(double)"); }

    static void H(object o) { Console.WriteLine("H(object)"); }
    static void H<T>(T t) { Console.WriteLine("H<T> " + typeof(T).Name); }

    static void K(int a, long b) { Console.WriteLine("K(int,long)"); }
    static void K(long a, int b) { Console.WriteLine("K(long,int)"); }

    static void C(char c) { Console.WriteLine("C(char)"); }
    static void C(int i) { Console.WriteLine("C(int)"); }

    static void Main()
    {
        F(1);
        F(1L);
        F(1.5f);
        F('a');
        F((short)2);
        F(null);
        F(2.5m);
        G(3);
        G(3u);
        H(5);
        H("s");
        H((object)"o");
        K(1, 2L);
        K(1L, 2);
        C('x');
        C('x' + 1);
        byte b = 1;
        F(b);
        uint u = 9;
        F(u);
    }
}
