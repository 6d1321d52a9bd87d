// checks: a small OO simulation: accounts with decimal balances, transfers with custom exceptions, transaction log, interest rounding
using System;
using System.Collections.Generic;

class InsufficientFundsException : Exception
{
    public InsufficientFundsException(string acct, decimal need) : base("account " + acct + " lacks " + need.ToString("F2")) { }
}

class Account
{
    public string Id { get; }
    public decimal Balance { get; private set; }
    public List<string> Log { get; } = new List<string>();
    public Account(string id, decimal initial) { Id = id; Balance = initial; }
    public void Withdraw(decimal m)
    {
        if (m > Balance) throw new InsufficientFundsException(Id, m - Balance);
        Balance -= m; Log.Add("-" + m);
    }
    public void Deposit(decimal m) { Balance += m; Log.Add("+" + m); }
}

class Program
{
    static void Transfer(Account from, Account to, decimal m)
    {
        try { from.Withdraw(m); to.Deposit(m); Console.WriteLine("moved " + m + " " + from.Id + "->" + to.Id); }
        catch (InsufficientFundsException e) { Console.WriteLine("failed: " + e.Message); }
    }

    static void Main()
    {
        var a = new Account("A", 100.00m);
        var b = new Account("B", 20.50m);
        Transfer(a, b, 30.25m);
        Transfer(b, a, 60m);
        Transfer(b, a, 50.75m);
        foreach (var acc in new[] { a, b })
        {
            var interest = Math.Round(acc.Balance * 0.0125m, 2, MidpointRounding.AwayFromZero);
            acc.Deposit(interest);
            Console.WriteLine(acc.Id + " " + acc.Balance + " [" + string.Join(" ", acc.Log) + "]");
        }
    }
}
