// checks: user-defined operators on a Money struct and a Vector class: + - * / unary -, == and != with Equals/GetHashCode, < > <= >=, implicit and explicit conversions, true/false-free bool conversion via explicit operator, compound assignment using the operators, ++ on a user type, operators on null references
using System;

struct Money : IEquatable<Money>
{
    public readonly long Cents;
    public Money(long cents) { Cents = cents; }
    public static Money operator +(Money a, Money b) => new Money(a.Cents + b.Cents);
    public static Money operator -(Money a, Money b) => new Money(a.Cents - b.Cents);
    public static Money operator -(Money a) => new Money(-a.Cents);
    public static Money operator *(Money a, int k) => new Money(a.Cents * k);
    public static Money operator *(int k, Money a) => a * k;
    public static Money operator /(Money a, int k) => new Money(a.Cents / k);
    public static bool operator ==(Money a, Money b) => a.Cents == b.Cents;
    public static bool operator !=(Money a, Money b) => !(a == b);
    public static bool operator <(Money a, Money b) => a.Cents < b.Cents;
    public static bool operator >(Money a, Money b) => a.Cents > b.Cents;
    public static bool operator <=(Money a, Money b) => a.Cents <= b.Cents;
    public static bool operator >=(Money a, Money b) => a.Cents >= b.Cents;
    public static implicit operator Money(int units) => new Money(units * 100L);
    public static explicit operator decimal(Money m) => m.Cents / 100m;
    public static Money operator ++(Money m) => new Money(m.Cents + 1);
    public bool Equals(Money o) => Cents == o.Cents;
    public override bool Equals(object o) => o is Money && Equals((Money)o);
    public override int GetHashCode() => Cents.GetHashCode();
    public override string ToString() => (Cents < 0 ? "-" : "") + "$" + Math.Abs(Cents / 100) + "." + Math.Abs(Cents % 100).ToString("00");
}

class Vec
{
    public double X, Y;
    public Vec(double x, double y) { X = x; Y = y; }
    public static Vec operator +(Vec a, Vec b) => new Vec(a.X + b.X, a.Y + b.Y);
    public static Vec operator *(Vec a, double k) => new Vec(a.X * k, a.Y * k);
    public static double operator *(Vec a, Vec b) => a.X * b.X + a.Y * b.Y;
    public static bool operator ==(Vec a, Vec b)
    {
        if (ReferenceEquals(a, b)) return true;
        if ((object)a == null || (object)b == null) return false;
        return a.X == b.X && a.Y == b.Y;
    }
    public static bool operator !=(Vec a, Vec b) => !(a == b);
    public override bool Equals(object o) => o is Vec v && this == v;
    public override int GetHashCode() => X.GetHashCode() ^ Y.GetHashCode();
    public override string ToString() => "<" + X + ", " + Y + ">";
}

class Program
{
    static void Main()
    {
        Money a = new Money(1050), b = 3;
        Console.WriteLine(a + b);
        Console.WriteLine(a - b + " " + (b - a) + " " + -a);
        Console.WriteLine(a * 3 + " " + 2 * b + " " + a / 4);
        Console.WriteLine((a == new Money(1050)) + " " + (a != b) + " " + (a < b) + " " + (a >= b) + " " + (b <= 3));
        Console.WriteLine((decimal)a + " " + ((decimal)b).ToString("F1"));
        Money total = 0;
        foreach (var m in new Money[] { 1, new Money(25), a }) total += m;
        Console.WriteLine(total);
        total -= 1;
        total *= 2;
        total++;
        Console.WriteLine(total);
        Console.WriteLine(a.Equals(new Money(1050)) + " " + a.Equals((object)1050) + " " + a.Equals((object)new Money(1050)));

        var v = new Vec(1, 2);
        var w = new Vec(3, 4);
        Console.WriteLine(v + w + " " + v * 2 + " " + v * w);
        Vec n1 = null, n2 = null;
        Console.WriteLine((n1 == n2) + " " + (v == null) + " " + (null == v) + " " + (v == new Vec(1, 2)) + " " + v.Equals(new Vec(1, 2)));
        var acc = new Vec(0, 0);
        for (int i = 1; i <= 3; i++) acc += new Vec(i, -i);
        Console.WriteLine(acc);
        object o1 = new Vec(1, 1), o2 = new Vec(1, 1);
        Console.WriteLine((o1 == o2) + " " + o1.Equals(o2));
    }
}
