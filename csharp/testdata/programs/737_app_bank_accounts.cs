// checks: mini app: bank accounts with an abstract base, overdraft rules in subclasses, decimal money arithmetic and rounding, transfers that roll back on failure, a transaction log with a ledger report, monthly interest with Math.Round(decimal, 2), custom exceptions with data, sorting accounts by balance
using System;
using System.Collections.Generic;
using System.Linq;

class InsufficientFundsException : Exception
{
    public decimal Shortfall { get; }
    public InsufficientFundsException(string acct, decimal shortfall) : base($"{acct}: insufficient funds (short {shortfall:F2})") { Shortfall = shortfall; }
}

abstract class Account
{
    private static int seq;
    public string Id { get; }
    public string Owner { get; }
    public decimal Balance { get; protected set; }
    public List<string> Log { get; } = new List<string>();
    protected Account(string prefix, string owner) { Id = prefix + (++seq).ToString("D3"); Owner = owner; }
    protected abstract decimal Limit { get; }
    public virtual decimal MonthlyRate => 0m;
    public void Deposit(decimal amount)
    {
        if (amount <= 0) throw new ArgumentOutOfRangeException(nameof(amount), "deposit must be positive");
        Balance += amount;
        Log.Add($"+{amount:F2} = {Balance:F2}");
    }
    public void Withdraw(decimal amount)
    {
        if (amount <= 0) throw new ArgumentOutOfRangeException(nameof(amount), "withdrawal must be positive");
        if (Balance - amount < -Limit) throw new InsufficientFundsException(Id, amount - Balance - Limit);
        Balance -= amount;
        Log.Add($"-{amount:F2} = {Balance:F2}");
    }
    public void ApplyInterest()
    {
        if (MonthlyRate == 0m || Balance <= 0) return;
        var interest = Math.Round(Balance * MonthlyRate, 2);
        Balance += interest;
        Log.Add($"interest {interest:F2} = {Balance:F2}");
    }
    public override string ToString() => $"{Id} {Owner,-6} {GetType().Name,-8} {Balance,10:N2}";
}

class Checking : Account
{
    public Checking(string owner) : base("CHK", owner) { }
    protected override decimal Limit => 100m;
}

class Savings : Account
{
    public Savings(string owner) : base("SAV", owner) { }
    protected override decimal Limit => 0m;
    public override decimal MonthlyRate => 0.0125m;
}

class Bank
{
    private readonly Dictionary<string, Account> accounts = new Dictionary<string, Account>();
    public T Open<T>(T a) where T : Account { accounts.Add(a.Id, a); return a; }
    public bool Transfer(string from, string to, decimal amount, out string error)
    {
        error = null;
        Account a, b;
        if (!accounts.TryGetValue(from, out a) || !accounts.TryGetValue(to, out b)) { error = "unknown account"; return false; }
        try
        {
            a.Withdraw(amount);
            try { b.Deposit(amount); }
            catch { a.Deposit(amount); throw; }
            return true;
        }
        catch (InsufficientFundsException e) { error = e.Message + " / shortfall " + e.Shortfall; return false; }
        catch (ArgumentOutOfRangeException e) { error = e.ParamName + ": bad amount"; return false; }
    }
    public IEnumerable<Account> All => accounts.Values;
}

class Program
{
    static void Main()
    {
        var bank = new Bank();
        var c1 = bank.Open(new Checking("ann"));
        var s1 = bank.Open(new Savings("ann"));
        var c2 = bank.Open(new Checking("bob"));
        c1.Deposit(250.00m);
        s1.Deposit(1000m);
        c2.Deposit(19.99m);
        string err;
        Console.WriteLine(bank.Transfer(c1.Id, s1.Id, 300m, out err) + " " + err);
        Console.WriteLine(bank.Transfer(c1.Id, s1.Id, 100m, out err) + " " + err);
        Console.WriteLine(bank.Transfer(s1.Id, c2.Id, 2000m, out err) + " " + err);
        Console.WriteLine(bank.Transfer(s1.Id, "XXX", 1m, out err) + " " + err);
        Console.WriteLine(bank.Transfer(c2.Id, c1.Id, -5m, out err) + " " + err);
        try { c2.Withdraw(200m); } catch (InsufficientFundsException e) { Console.WriteLine(e.Message); }
        for (int m = 0; m < 3; m++) foreach (var a in bank.All) a.ApplyInterest();
        foreach (var a in bank.All.OrderByDescending(a => a.Balance)) Console.WriteLine(a);
        Console.WriteLine("total " + bank.All.Sum(a => a.Balance).ToString("N2"));
        foreach (var a in bank.All) Console.WriteLine(a.Id + ": " + string.Join("; ", a.Log));
        var byOwner = bank.All.GroupBy(a => a.Owner).Select(g => g.Key + "=" + g.Sum(a => a.Balance));
        Console.WriteLine(string.Join(" ", byOwner));
        Console.WriteLine(1.005m * 3 + " " + 10m / 3 + " " + Math.Round(10m / 3, 4) + " " + decimal.Round(2.675m, 2) + " " + (0.1m + 0.2m == 0.3m));
    }
}
