// checks: struct default Equals compares fields, parameterless default, ValueType ToString, == on user operator
using System;

struct Money
{
    public readonly long Cents;
    public readonly string Currency;
    public Money(long cents, string cur) { Cents = cents; Currency = cur; }
    public static Money operator +(Money a, Money b) { return new Money(a.Cents + b.Cents, a.Currency); }
    public static bool operator ==(Money a, Money b) { return a.Cents == b.Cents && a.Currency == b.Currency; }
    public static bool operator !=(Money a, Money b) { return !(a == b); }
    public override bool Equals(object o) { return o is Money && this == (Money)o; }
    public override int GetHashCode() { return (int)Cents; }
    public override string ToString() { return (Cents / 100) + "." + (Cents % 100).ToString("00") + " " + Currency; }
}

struct Plain { public int A; public string B; }

class Program
{
    static void Main()
    {
        var m = new Money(150, "EUR") + new Money(275, "EUR");
        Console.WriteLine(m);
        Console.WriteLine(m == new Money(425, "EUR"));
        Console.WriteLine(m != new Money(425, "USD"));
        var p1 = new Plain { A = 1, B = "x" };
        var p2 = new Plain { A = 1, B = "x" };
        var p3 = new Plain { A = 2, B = "x" };
        Console.WriteLine(p1.Equals(p2) + " " + p1.Equals(p3));
        var z = new Plain();
        Console.WriteLine(z.A + " " + (z.B == null));
        Console.WriteLine(new Money().Cents + " " + (new Money().Currency == null));
    }
}
