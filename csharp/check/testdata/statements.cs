// Statements: locals (CS0128, CS0136, CS0165, CS0818, CS0815), jumps (CS0139, CS0159), returns (CS0161, CS0127, CS0126), CS0201.
using System;

class Program
{
    static int NoReturn /* ERROR "CS0161" "'Program.NoReturn\\(int\\)': not all code paths return a value" */ (int x)
    {
        if (x > 0)
            return 1;
    }

    static int Loops(int x)
    {
        while (true)
        {
            if (x > 3) return x;
            x++;
        }
    }

    static int Throws() { throw new Exception("x"); }

    static int Switch(int x)
    {
        switch (x)
        {
            case 1: return 10;
            default: return 0;
        }
    }

    static void Void() { /* ERROR "CS0127" */ return 1; }

    static int Bare() { /* ERROR "CS0126" */ return; }

    static void Main()
    {
        int a = 1;
        int a /* ERROR "CS0128" "A local variable or function named 'a' is already defined in this scope" */ = 2;
        {
            int a /* ERROR "CS0136" */ = 3;
        }
        int u;
        Console.WriteLine(u /* ERROR "CS0165" "Use of unassigned local variable 'u'" */);
        int w;
        w = 2;
        Console.WriteLine(w);
        var v /* ERROR "CS0818" */;
        var nul = null /* ERROR "CS0815" */;
        var lam = /* ERROR "CS8917" */ x => x;
        var typed = (int x) => x;
        /* ERROR "CS0139" */ break;
        goto nowhere /* ERROR "CS0159" */;
        /* ERROR "CS0201" */ a + 1;
        if (/* ERROR "CS0029" */ a = 1) { }
        int ok;
        if (int.TryParse("1", out ok)) Console.WriteLine(ok);
        if (int.TryParse("2", out var parsed)) Console.WriteLine(parsed);
        Console.WriteLine(parsed);
        object o = a;
        while (o is int j) { break; }
        if (o is int j) Console.WriteLine(j); // the while's j is scoped to the while
        if (o is string j /* ERROR "CS0128" */) { }
        string name = o as string ?? throw new ArgumentException("o");
        switch (a)
        {
            case int i when i > 0: Console.WriteLine(i); break;
            case var i: Console.WriteLine(i); break;
        }
    }
}

class Assign
{
    static bool Flag() => true;

    static void M()
    {
        int a;
        if (Flag()) a = 1;
        System.Console.WriteLine(a /* ERROR "CS0165" */);
        int b;
        if (Flag()) b = 1; else b = 2;
        System.Console.WriteLine(b);
        int c;
        if (Flag()) c = 1; else return;
        System.Console.WriteLine(c);
        int d;
        if (!Flag()) throw new System.Exception(); else d = 4;
        System.Console.WriteLine(d);
        int e;
        if (true) e = 5;
        System.Console.WriteLine(e);
        int f;
        if (Flag()) { if (Flag()) f = 1; else f = 2; } else { f = 3; }
        System.Console.WriteLine(f);
        int g;
        if (int.TryParse("1", out g)) { }
        System.Console.WriteLine(g);
    }
}

enum Light { Red, Green }

class Switches
{
    static int Code /* ERROR "CS0161" */ (Light l)
    {
        switch (l)
        {
            case Light.Red: return 1;
            case Light.Green: return 2;
        }
    }

    static int Typed(object o)
    {
        switch (o)
        {
            case int i: return i;
            default: return 0;
        }
    }
}
