// Definite assignment (CS0165, CS0170, CS0177, CS0269) and unreachable code
// (the CS0162 warning): the flow rules of the C# specification. Every
// function without an ERROR comment is valid C# (it must check clean).
using System;
using System.Collections.Generic;

struct Pt { public int X, Y; }

class Box { public int V; }

class Flow
{
    static bool Flag() => DateTime.Now.Year > 2000;
    static int Get(out int v) { v = 1; return v; }
    static bool Try(string s, out int v) => int.TryParse(s, out v);
    const bool Always = true;
    static bool flagField;

    static void IfElse()
    {
        int a;
        if (Flag()) a = 1;
        Console.WriteLine(a /* ERROR "CS0165" "Use of unassigned local variable 'a'" */);
        int b;
        if (Flag()) b = 1; else b = 2;
        Console.WriteLine(b);
        int c;
        if (Flag()) { c = 1; } else { return; }
        Console.WriteLine(c);
        int d;
        if (true) d = 1;
        Console.WriteLine(d);
        int e;
        if (false) { } else e = 2;
        Console.WriteLine(e);
    }

    static void Loops(List<int> xs)
    {
        int a;
        while (Flag()) { a = 1; }
        Console.WriteLine(a /* ERROR "CS0165" */);
        int b;
        while (true) { b = 1; break; }
        Console.WriteLine(b);
        int c;
        do { c = 1; } while (Flag());
        Console.WriteLine(c);
        int d;
        for (;;) { if (Flag()) { d = 2; break; } }
        Console.WriteLine(d);
        int e;
        foreach (var x in xs) e = x;
        Console.WriteLine(e /* ERROR "CS0165" */);
        int f;
        for (int i = 0; i < 3; i++) { f = i; }
        Console.WriteLine(f /* ERROR "CS0165" */);
        int g;
        while (Flag())
        {
            if (Flag()) continue;
            g = 1;
            Console.WriteLine(g);
        }
        int h;
        do
        {
            if (Flag()) { h = 1; continue; }
            h = 2;
        } while (h > 1);
        Console.WriteLine(h);
    }

    static void Conditions(object o, string s)
    {
        int a;
        if (Flag() && Try(s, out a)) Console.WriteLine(a);
        Console.WriteLine(a /* ERROR "CS0165" */);
        int b;
        if (!Try(s, out b) || b > 3) Console.WriteLine("x");
        Console.WriteLine(b);
        int c;
        if (Flag() || Try(s, out c)) Console.WriteLine(c /* ERROR "CS0165" */);
        int d;
        if (!(Flag() && Try(s, out d))) return;
        Console.WriteLine(d);
        int e;
        var t = Flag() ? Get(out e) : Get(out e);
        Console.WriteLine(e + t);
        int f;
        var u = Flag() ? Get(out f) : 0;
        Console.WriteLine(f /* ERROR "CS0165" */ + u);
        int g;
        var w = s ?? (Get(out g)).ToString();
        Console.WriteLine(g /* ERROR "CS0165" */ + w);
        int h;
        while (!Try(s, out h)) { }
        Console.WriteLine(h);
    }

    static void Patterns(object o)
    {
        if (o is int n && n > 0) Console.WriteLine(n);
        if (!(o is string s)) return;
        Console.WriteLine(s);
        if (o is not Box b) throw new Exception();
        Console.WriteLine(b.V);
        if (o is Pt { X: var x }) Console.WriteLine(x);
        if (o is long l || Flag()) Console.WriteLine(l /* ERROR "CS0165" */);
        var r = o switch
        {
            int i when i > 3 => i,
            string str => str.Length,
            _ => 0,
        };
        Console.WriteLine(r);
        switch (o)
        {
            case int k when k > 0:
                Console.WriteLine(k);
                break;
            case string q:
                Console.WriteLine(q);
                break;
        }
    }

    const int Mode = 2;

    static void Switches(int k)
    {
        int m1;
        switch (1) { case 1: m1 = 1; break; case 2: break; }
        Console.WriteLine(m1);
        int m2;
        switch ("b") { case "a": m2 = 1; break; default: m2 = 2; break; }
        Console.WriteLine(m2);
        int m3;
        switch (3) { case 1: m3 = 1; break; }
        Console.WriteLine(m3 /* ERROR "CS0165" */);
        int m4;
        switch (Mode) { case 2: m4 = 1; break; case 3: Console.WriteLine(m4); break; }
        switch (1)
        {
            case 1: break;
            case 2:
                /* ERROR "CS0162" */ Console.WriteLine(2);
                break;
        }
        int a;
        switch (k)
        {
            case 1: a = 1; break;
            case 2: a = 2; break;
            default: a = 0; break;
        }
        Console.WriteLine(a);
        int b;
        switch (k)
        {
            case 1: b = 1; break;
            case 2: b = 2; break;
        }
        Console.WriteLine(b /* ERROR "CS0165" */);
        int c;
        switch (k)
        {
            case 1: c = 1; break;
            default: return;
        }
        Console.WriteLine(c);
        switch (k)
        {
            case 1:
                int y = 1;
                Console.WriteLine(y);
                break;
            case 2:
                y = 2;
                Console.WriteLine(y);
                break;
        }
    }

    static void Tries()
    {
        int a;
        try { a = 1; } catch (Exception) { a = 2; }
        Console.WriteLine(a);
        int b;
        try { b = 1; } catch (Exception) { }
        Console.WriteLine(b /* ERROR "CS0165" */);
        int c;
        try { Flag(); } finally { c = 3; }
        Console.WriteLine(c);
        int d;
        try { d = 1; } catch (Exception) { throw; }
        Console.WriteLine(d);
        int e;
        while (Flag())
        {
            try { break; } finally { e = 1; }
        }
        Console.WriteLine(e /* ERROR "CS0165" */);
        int f;
        try { f = 1; }
        catch (Exception ex) when (ex.Message.Length > 0) { Console.WriteLine(f /* ERROR "CS0165" */); }
        int g;
        try { return; } finally { g = 1; Console.WriteLine(g); }
    }

    static void Lambdas()
    {
        int a;
        Action act = () => Console.WriteLine(a /* ERROR "CS0165" */);
        int b;
        Action set = () => { b = 1; };
        set();
        Console.WriteLine(b /* ERROR "CS0165" */);
        int c = 0;
        Func<int, int> twice = x => x * 2 + c;
        Func<int, int> fib = n => n < 2 ? n : fib /* ERROR "CS0165" */(n - 1);
        Func<int, int> ok = null;
        ok = n => n < 2 ? n : ok(n - 1);
        Console.WriteLine(twice(1) + ok(3));
        int d;
        void Init() { d = 1; }
        Init();
        Console.WriteLine(d);
        int e;
        int Read() => e;
        e = 5;
        Console.WriteLine(Read());
        int loc;
        Action l = () => { int loc2; Console.WriteLine(loc2 /* ERROR "CS0165" */); };
        int h2;
        void Show() => Console.WriteLine(h2);
        /* ERROR "CS0165" "Use of unassigned local variable 'h2'" */ Show();
        h2 = 1;
        Show();
        int h3;
        void SetThenRead() { h3 = 2; Console.WriteLine(h3); }
        SetThenRead();
        int h4;
        void Outer() { Inner(); }
        void Inner() => Console.WriteLine(h4);
        /* ERROR "CS0165" "'h4'" */ Outer();
        int h5 = 0;
        void Late() => Console.WriteLine(h5);
        Action later = Late;
        later();
    }

    static void OutParams(out int a, out int b)
    {
        a = 1;
        if (Flag())
            /* ERROR "CS0177" "The out parameter 'b' must be assigned to before control leaves the current method" */ return;
        b = a;
    }

    static void OutRead(out int a)
    {
        Console.WriteLine(a /* ERROR "CS0269" "Use of unassigned out parameter 'a'" */);
        a = 2;
    }

    static void OutEnd /* ERROR "CS0177" */ (out int a)
    {
        if (Flag()) a = 1;
    }

    static bool OutOk(out int a)
    {
        if (Flag()) { a = 1; return true; }
        throw new Exception();
    }

    static void OutExpr(out int a) => a = 3;

    static void Structs()
    {
        Pt p;
        p.X = 1;
        p.Y = 2;
        Console.WriteLine(p.X + p.Y);
        Pt q;
        Console.WriteLine(q /* ERROR "CS0165" */);
        Box bx;
        Console.WriteLine(bx /* ERROR "CS0165" */.V);
        Pt r = new Pt();
        Console.WriteLine(r.X);
        int[] arr;
        arr = new int[2];
        arr[0] = 1;
        (int, int) tup;
        tup = (1, 2);
        Console.WriteLine(tup.Item1);
        int m, n;
        (m, n) = (1, 2);
        Console.WriteLine(m + n);
        var (u, v) = (1, 2);
        Console.WriteLine(u + v);
        int w;
        w /* ERROR "CS0165" */ += 1;
        int z;
        z /* ERROR "CS0165" */++;
    }

    static void Misc()
    {
        int a;
        Console.WriteLine(nameof(a));
        int b;
        b = b /* ERROR "CS0165" */ + 1;
        int c;
        var box = new Box { V = 1 };
        int V;
        var box2 = new Box { V = 2 };
        int x = x /* ERROR "CS0165" */ + 1;
        string s;
        Console.WriteLine($"{s /* ERROR "CS0165" */}");
        int k;
        if (flagField) k = 1; else k = 2;
        Console.WriteLine(k);
        int q;
        while (Always) { q = 1; break; }
        Console.WriteLine(q);
        int g;
        goto Label;
    Label:
        g = 1;
        Console.WriteLine(g);
    }

    static int Unreachable(int x)
    {
        return x;
        /* ERROR "CS0162" "Unreachable code detected" */ Console.WriteLine(x);
        Console.WriteLine(x);
    }

    const bool Debug = false;
    const bool Verbose = Debug || false;

    static void Consts()
    {
        int x;
        if (Debug) /* ERROR "CS0162" */ Console.WriteLine(x);
        int y;
        if (!Debug) y = 1;
        Console.WriteLine(y);
        int z;
        while (Always) { z = 1; break; }
        Console.WriteLine(z);
        int w;
        if (Verbose) { Console.WriteLine(w); } else { w = 2; }
        Console.WriteLine(w);
    }

    static void Unreachable2()
    {
        while (true) { }
        /* ERROR "CS0162" */ Console.WriteLine(1);
    }

    static void Unreachable3()
    {
        if (false)
        {
            /* ERROR "CS0162" */ Console.WriteLine(1);
        }
        throw new Exception();
    }
}

struct Empty { public void M() { } public static int S; }

class Structs2
{
    static void M()
    {
        Pt p;
        Console.WriteLine(/* ERROR "CS0170" "Use of possibly unassigned field 'X'" */ p.X);
        Empty e;
        e.M();
        Console.WriteLine(e);
        Box b;
        b /* ERROR "CS0165" */.V = 1;
        System.Threading.CancellationToken ct;
        Console.WriteLine(ct);
        DateTime d;
        Console.WriteLine(d /* ERROR "CS0165" */);
    }
}

class Unused
{
    static int Foo() => 1;

    static void M()
    {
        int a /* ERROR "CS0168" "The variable 'a' is declared but never used" */;
        int b /* ERROR "CS0219" "The variable 'b' is assigned but its value is never used" */ = 5;
        string d /* ERROR "CS0219" */ = null;
        int e /* ERROR "CS0219" */;
        e = 3;
        int c = Foo();
        int g = 1;
        g = Foo();
        try { } catch (Exception ex /* ERROR "CS0168" */) { }
        try { } catch (Exception ex2) { Console.WriteLine(ex2.Message); }
        const int z = 1;
        using var w = new System.Threading.CancellationTokenSource();
    }
}

class Returns
{
    const bool Forever = true;

    static int Labelled(int x)
    {
    top:
        if (x > 3) return x;
        x++;
        goto top;
    }

    static int Loop()
    {
        while (Forever) { }
    }

    static int Missing /* ERROR "CS0161" "'Returns.Missing\\(int\\)': not all code paths return a value" */ (int x)
    {
        if (x > 0) return 1;
    }

    static int Switched(int x)
    {
        switch (x)
        {
            case 1: return 1;
            default: throw new Exception();
        }
    }

    int Prop
    {
        get { if (Forever) return 1; }
    }
}
