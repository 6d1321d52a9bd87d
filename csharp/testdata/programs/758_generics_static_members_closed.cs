// checks: static members of generic classes are per closed type: a static auto-property initializer sees the closed T (Comparer<int>.Default is an IComparer<int>), a static field read and written through a derived generic class, a static method returning a closed instance, static counters per closed type
using System;
using System.Collections.Generic;

abstract class Codec<T>
{
    public static Codec<T> Field = new Impl<T>();
    public static Codec<T> Prop { get; } = new Impl<T>();
    public static string FieldName = typeof(T).Name;
    public static string PropName { get; } = typeof(T).Name;
    public static int Count;
    public static Codec<T> Make() { Count++; return new Impl<T>(); }
    public abstract string Encode(T value);
}

sealed class Impl<T> : Codec<T>
{
    public override string Encode(T value) => typeof(T).Name + ":" + value;
}

class Program
{
    static void Main()
    {
        Console.WriteLine(Codec<int>.Field.GetType() + " " + Codec<int>.Prop.GetType());
        Console.WriteLine(Codec<int>.FieldName + " " + Codec<int>.PropName + " " + Codec<string>.PropName);
        Console.WriteLine(Codec<int>.Prop.Encode(5) + " " + Codec<string>.Prop.Encode("x"));
        Console.WriteLine(Impl<string>.Field.GetType() + " " + Impl<string>.PropName);
        Codec<int>.Make(); Codec<int>.Make(); Codec<bool>.Make();
        Console.WriteLine(Codec<int>.Count + " " + Codec<bool>.Count + " " + Codec<string>.Count);
        Impl<int>.Count = 10; Impl<int>.Count++; Impl<string>.Field = Codec<string>.Make();
        Console.WriteLine(Codec<int>.Count + " " + Impl<int>.Count + " " + Codec<string>.Count + " " + Codec<string>.Field.Encode("y"));
        object o = Comparer<int>.Default;
        Console.WriteLine(o is IComparer<int>);
        Console.WriteLine(o is IComparer<string>);
        var list = new List<int> { 3, 1, 2 };
        SortWith(list, Comparer<int>.Default);
        Console.WriteLine(string.Join(",", list));
    }

    static void SortWith<T>(List<T> list, IComparer<T> cmp) => list.Sort(cmp);
}
