// checks: generic local functions bind their type parameters per call (inferred or explicit)
// expect: hand-checked (mcs has no generic local functions; the output is Mono's for the same code with each local function as a static generic method)
using System;
using System.Collections.Generic;

class Box { public int N = 4; public override string ToString() { return "Box" + N; } }

class Program
{
    static string InGeneric<A>(A a)
    {
        string Both<B>(B b) => typeof(A).Name + "," + typeof(B).Name + "," + default(B) + "," + default(A);
        T Make<T>() where T : new() => new T();
        T As<T>(object o) => (T)o;
        int Depth<T>(int n) => n == 0 ? typeof(T).Name.Length : Depth<T[]>(n - 1);
        return Both(1.5f) + " " + Both("x") + " " + Make<Box>() + " " + As<string>("cast") + " " + Depth<A>(2);
    }

    static void Main()
    {
        T Def<T>() => default(T);
        string Name<T>(T x) => typeof(T).Name;
        T[] Fill<T>(T v, int n) { var a = new T[n]; for (int i = 0; i < n; i++) a[i] = v; return a; }
        bool Same<T>(T a, T b) => EqualityComparer<T>.Default.Equals(a, b);
        int Cmp<T>(T a, T b) => Comparer<T>.Default.Compare(a, b);
        bool IsT<T>(object o) => o is T;
        List<T> Two<T>(T a, T b) { var l = new List<T>(); l.Add(a); l.Add(b); return l; }
        T Max<T>(T a, T b) where T : IComparable<T> => a.CompareTo(b) >= 0 ? a : b;

        Console.WriteLine(Def<int>());
        Console.WriteLine(Def<string>() == null);
        Console.WriteLine(Def<bool>());
        Console.WriteLine(Def<double>());
        Console.WriteLine(Name(5));
        Console.WriteLine(Name("s"));
        Console.WriteLine(Name<object>("s"));
        Console.WriteLine(Name(2.5));
        var arr = Fill(7, 3);
        Console.WriteLine(arr.GetType().Name + " " + string.Join(",", arr));
        Console.WriteLine(Fill("x", 2).GetType().Name);
        Console.WriteLine(Same(3, 3) + " " + Same("a", "b"));
        Console.WriteLine(Cmp(1, 2) + " " + Cmp("b", "a"));
        Console.WriteLine(IsT<int>(5) + " " + IsT<string>(5) + " " + IsT<object>(5));
        Console.WriteLine(Two(1, 2).GetType().Name + " " + Two(1, 2).Count);
        Console.WriteLine(Max(3, 9) + " " + Max("pear", "apple"));
        int Outer<T>(T x) { string Inner<U>(U u) => typeof(T).Name + "+" + typeof(U).Name; Console.WriteLine(Inner(1L)); return 0; }
        Outer('c');
        Outer(1.5m);
        Console.WriteLine(InGeneric(3));
        Console.WriteLine(InGeneric(true));
        object boxed = 42;
        Console.WriteLine(Name(boxed) + " " + Def<Box>() + "|");
    }
}
