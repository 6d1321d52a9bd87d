// checks: queries over a custom type that is not IEnumerable but has Select/Where/SelectMany instance methods (the query pattern), with let and several from clauses
using System;

class Maybe<T>
{
    public readonly bool HasValue;
    public readonly T Value;
    public Maybe(T value) { HasValue = true; Value = value; }
    public Maybe() { }
    public Maybe<U> Select<U>(Func<T, U> f)
    {
        Console.WriteLine("  Select");
        return HasValue ? new Maybe<U>(f(Value)) : new Maybe<U>();
    }
    public Maybe<T> Where(Func<T, bool> p)
    {
        Console.WriteLine("  Where");
        return HasValue && p(Value) ? this : new Maybe<T>();
    }
    public Maybe<V> SelectMany<U, V>(Func<T, Maybe<U>> next, Func<T, U, V> result)
    {
        Console.WriteLine("  SelectMany");
        if (!HasValue) return new Maybe<V>();
        var u = next(Value);
        return u.HasValue ? new Maybe<V>(result(Value, u.Value)) : new Maybe<V>();
    }
    public override string ToString() { return HasValue ? "Just(" + Value + ")" : "Nothing"; }
}

class Program
{
    static Maybe<int> Parse(string s)
    {
        int n;
        return int.TryParse(s, out n) ? new Maybe<int>(n) : new Maybe<int>();
    }

    static void Main()
    {
        Console.WriteLine(from n in Parse("21") select n * 2);
        Console.WriteLine(from n in Parse("x") select n * 2);
        Console.WriteLine(from n in Parse("7") where n > 10 select n);
        Console.WriteLine(from a in Parse("3") from b in Parse("4") select a * b);
        Console.WriteLine(from a in Parse("3") from b in Parse("?") select a * b);
        Console.WriteLine(from a in Parse("5") let sq = a * a where sq > 20 select "sq=" + sq);
        Console.WriteLine(from a in Parse("1") from b in Parse("2") from c in Parse("3") select a + b + c);
    }
}
