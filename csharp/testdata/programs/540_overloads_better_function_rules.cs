// checks: overload resolution by the better-function rules: exact match, better conversion target (int over long, long over double, signed over unsigned), derived over base, generic vs non-generic ties, params expanded vs normal form, optional parameters, named arguments
using System;
using System.Collections.Generic;

class Animal { }
class Dog : Animal { }
class Puppy : Dog { }

class Program
{
    static string N(long x) { return "long"; }
    static string N(double x) { return "double"; }
    static string U(uint x) { return "uint"; }
    static string U(int x) { return "int"; }
    static string U2(ulong x) { return "ulong"; }
    static string U2(long x) { return "long"; }
    static string B(byte x) { return "byte"; }
    static string B(short x) { return "short"; }
    static string B(object x) { return "object"; }
    static string A(Animal a) { return "Animal"; }
    static string A(Dog d) { return "Dog"; }
    static string A(object o) { return "object"; }
    static string G<T>(T x) { return "G<" + typeof(T).Name + ">"; }
    static string G(int x) { return "G(int)"; }
    static string G(object x) { return "G(object)"; }
    static string P(params int[] xs) { return "params[" + xs.Length + "]"; }
    static string P(int a, int b) { return "two"; }
    static string P(int a) { return "one"; }
    static string O(int a, int b = 5) { return "opt " + (a + b); }
    static string O(int a) { return "exact " + a; }
    static string Q(string s, object o) { return "string,object"; }
    static string Q(object o, string s) { return "object,string"; }
    static string E(IEnumerable<int> xs) { return "IEnumerable<int>"; }
    static string E(List<int> xs) { return "List<int>"; }
    static string E(object o) { return "object"; }
    static string C(char c) { return "char"; }
    static string C(int i) { return "int"; }
    static string C(string s) { return "string"; }
    static string Nl(int? x) { return "int?"; }
    static string Nl(long x) { return "long"; }
    static string Named(int a, string b) { return "a=" + a + " b=" + b; }
    static string Named(string b, int a) { return "b=" + b + " a=" + a + " (2)"; }
    static string F(Func<int> f) { return "Func<int> " + f(); }
    static string F(Action a) { a(); return "Action"; }
    static string D(double d) { return "double"; }
    static string D(decimal m) { return "decimal"; }

    static void Main()
    {
        Console.WriteLine(N(1) + " " + N(1.5) + " " + N(1f) + " " + N('a'));
        Console.WriteLine(U(1) + " " + U(1u) + " " + U2(1) + " " + U2(1ul));
        byte by = 1; short sh = 2; sbyte sb = 3;
        Console.WriteLine(B(by) + " " + B(sh) + " " + B(sb) + " " + B(1));
        Console.WriteLine(A(new Dog()) + " " + A(new Puppy()) + " " + A(new Animal()) + " " + A("x") + " " + A((Animal)new Dog()));
        Console.WriteLine(G(1) + " " + G("s") + " " + G(1L) + " " + G((object)1));
        Console.WriteLine(P() + " " + P(1) + " " + P(1, 2) + " " + P(1, 2, 3) + " " + P(new[] { 4, 5 }));
        Console.WriteLine(O(1) + " " + O(1, 2));
        Console.WriteLine(Q("a", 1) + " " + Q(1, "a"));
        Console.WriteLine(E(new List<int>()) + " " + E(new int[0]) + " " + E(new HashSet<int>()) + " " + E("s"));
        Console.WriteLine(C('x') + " " + C(120) + " " + C("x") + " " + C((char)65));
        Console.WriteLine(Nl(1) + " " + Nl(null) + " " + Nl(2L));
        Console.WriteLine(Named(1, "x") + " | " + Named("z", 3));
        Console.WriteLine(F(() => 7) + " " + F(() => { }));
        Console.WriteLine(D(1.0) + " " + D(1m));
    }
}
