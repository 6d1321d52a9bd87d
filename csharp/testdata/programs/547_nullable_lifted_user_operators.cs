// checks: lifted user-defined operators on nullable structs (+, ==, <, unary -), null propagation through them, ?? with struct operands, nullable struct members through ?. and .Value, user equality vs lifted equality, conversions of nullable structs
using System;

struct Money
{
    public readonly long Cents;
    public Money(long c) { Cents = c; }
    public static Money operator +(Money a, Money b) { return new Money(a.Cents + b.Cents); }
    public static Money operator -(Money a) { return new Money(-a.Cents); }
    public static bool operator ==(Money a, Money b) { return a.Cents == b.Cents; }
    public static bool operator !=(Money a, Money b) { return a.Cents != b.Cents; }
    public static bool operator <(Money a, Money b) { return a.Cents < b.Cents; }
    public static bool operator >(Money a, Money b) { return a.Cents > b.Cents; }
    public static implicit operator Money(long c) { return new Money(c); }
    public override bool Equals(object o) { return o is Money && ((Money)o).Cents == Cents; }
    public override int GetHashCode() { return Cents.GetHashCode(); }
    public override string ToString() { return (Cents / 100.0).ToString("F2"); }
}

class Program
{
    static string S(object o) { return o == null ? "null" : o.ToString(); }

    static void Main()
    {
        Money? a = new Money(150);
        Money? b = null;
        Money c = new Money(50);
        Console.WriteLine(S(a + c) + " " + S(a + b) + " " + S(-a) + " " + S(-b));
        Console.WriteLine((a == c) + " " + (a == new Money(150)) + " " + (b == null) + " " + (a != b) + " " + (b == b));
        Console.WriteLine((a > c) + " " + (b > c) + " " + (b < c) + " " + (a < c));
        Money d = b ?? c;
        Money e = a ?? c;
        Console.WriteLine(d + " " + e + " " + (b ?? a ?? c));
        Console.WriteLine(S(a?.Cents) + " " + S(b?.Cents) + " " + a.Value.Cents + " " + a.GetValueOrDefault().Cents + " " + b.GetValueOrDefault().Cents);
        Money? f = 300L;
        Money g = 25;
        Console.WriteLine(f + " " + g + " " + S(f + g));
        Console.WriteLine(a.Equals(new Money(150)) + " " + b.Equals(null) + " " + a.Equals(null) + " " + a.GetHashCode().Equals(150L.GetHashCode()));
        object boxed = a;
        Console.WriteLine(boxed is Money ? "boxed Money " + boxed : "?");
        Money? h = a;
        h += c;
        Console.WriteLine(h + " " + a);
    }
}
