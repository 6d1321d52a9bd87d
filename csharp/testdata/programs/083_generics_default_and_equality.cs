// checks: default(T) for value and reference types, EqualityComparer<T>.Default, comparing generic values with Equals
using System;
using System.Collections.Generic;

struct P { public int X; }

class Program
{
    static string Show<T>()
    {
        T d = default(T);
        return typeof(T).Name + ":" + (d == null ? "null" : d.ToString());
    }
    static bool Same<T>(T a, T b) { return EqualityComparer<T>.Default.Equals(a, b); }
    static int IndexOf<T>(T[] arr, T item)
    {
        for (int i = 0; i < arr.Length; i++) if (Equals(arr[i], item)) return i;
        return -1;
    }
    static bool IsDefault<T>(T x) { return EqualityComparer<T>.Default.Equals(x, default(T)); }

    static void Main()
    {
        Console.WriteLine(Show<int>());
        Console.WriteLine(Show<string>());
        Console.WriteLine(Show<bool>());
        Console.WriteLine(Show<P>());
        Console.WriteLine(Show<int?>());
        Console.WriteLine(Show<char>() .Length);
        Console.WriteLine(Same(1, 1) + " " + Same("a", "a") + " " + Same<object>(new object(), new object()));
        Console.WriteLine(IndexOf(new[] { "x", "y", null }, null) + " " + IndexOf(new[] { 1, 2, 3 }, 3));
        Console.WriteLine(IsDefault(0) + " " + IsDefault(0.0) + " " + IsDefault("") + " " + IsDefault<string>(null));
    }
}
