// checks: static constructors of generic classes run once per closed type; a failing one breaks only that closed type; object creation triggers static initialization; a cycle between two classes' static initializers sees default values
using System;

class Fails
{
    static int n = Init();
    static int Init() { throw new Exception("nope"); }
    public Fails() { Console.WriteLine("ctor"); }
    public static int N => n;
}

class Cache<T>
{
    public static T Value;
    public static int Hits;
    static Cache()
    {
        Console.WriteLine("Cache cctor for " + typeof(T).Name);
        if (typeof(T) == typeof(string)) throw new InvalidOperationException("no strings");
    }
}

class First
{
    public static int A = Second.B + 1;
}

class Second
{
    public static int B = First.A + 10;
}

class Program
{
    static void Main()
    {
        try { new Fails(); } catch (TypeInitializationException e) { Console.WriteLine("1 " + e.TypeName + " " + e.InnerException.Message); }
        try { Console.WriteLine(Fails.N); } catch (TypeInitializationException e) { Console.WriteLine("2 " + e.InnerException.Message); }
        Cache<int>.Hits++;
        Cache<int>.Hits++;
        Console.WriteLine(Cache<int>.Hits + " " + Cache<int>.Value);
        try { Console.WriteLine(Cache<string>.Hits); }
        catch (TypeInitializationException e) { Console.WriteLine("3 " + e.TypeName + " " + e.InnerException.Message); }
        try { Cache<string>.Hits++; }
        catch (TypeInitializationException) { Console.WriteLine("4 still broken"); }
        Console.WriteLine(Cache<long>.Hits);
        Console.WriteLine(First.A + " " + Second.B);
    }
}
