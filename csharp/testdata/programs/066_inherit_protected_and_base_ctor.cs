// checks: protected members used by derived classes, base constructor arguments, multi-level inheritance
using System;

class Account
{
    protected decimal balance;
    protected Account(decimal initial) { balance = initial; }
    public decimal Balance => balance;
    public virtual void Deposit(decimal m) { balance += m; }
}

class Savings : Account
{
    public Savings(decimal initial) : base(initial) { }
    public void AddInterest(decimal rate) { balance += balance * rate; }
}

class Bonus : Savings
{
    public Bonus() : base(100m) { }
    public override void Deposit(decimal m) { base.Deposit(m + 1); }
}

class Program
{
    static void Main()
    {
        var s = new Savings(1000m);
        s.Deposit(50m);
        s.AddInterest(0.05m);
        Console.WriteLine(s.Balance);
        var b = new Bonus();
        b.Deposit(10);
        b.AddInterest(0.1m);
        Console.WriteLine(b.Balance);
        Account a = b;
        a.Deposit(1);
        Console.WriteLine(a.Balance);
    }
}
