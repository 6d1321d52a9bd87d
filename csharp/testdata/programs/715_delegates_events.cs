// checks: events with += and -= (multicast order, removing one handler, removing the last instance of a duplicate), custom add/remove accessors, EventHandler<T> with EventArgs subclass, null-conditional Invoke, Func/Action composition, GetInvocationList count, delegate equality, closures over for vs foreach loop variables
using System;
using System.Collections.Generic;

class CallEventArgs : EventArgs
{
    public string Caller { get; }
    public CallEventArgs(string caller) { Caller = caller; }
}

class Phone
{
    public event EventHandler<CallEventArgs> Ringing;
    private Action<string> hangup;
    public event Action<string> HungUp
    {
        add { Console.WriteLine("add hangup handler"); hangup += value; }
        remove { Console.WriteLine("remove hangup handler"); hangup -= value; }
    }
    public void Ring(string who) => Ringing?.Invoke(this, new CallEventArgs(who));
    public void Hang(string why) { if (hangup != null) hangup(why); }
    public int Handlers => Ringing == null ? 0 : Ringing.GetInvocationList().Length;
}

class Program
{
    static int counter;
    static void Log(object sender, CallEventArgs e) => Console.WriteLine("log: " + e.Caller + " from " + sender.GetType().Name);
    static void Count(object sender, CallEventArgs e) => counter++;

    static void Main()
    {
        var p = new Phone();
        p.Ring("nobody");
        p.Ringing += Log;
        p.Ringing += Count;
        p.Ringing += (s, e) => Console.WriteLine("lambda: " + e.Caller.ToUpper());
        p.Ringing += Count;
        p.Ring("201");
        Console.WriteLine("handlers " + p.Handlers + " counter " + counter);
        p.Ringing -= Count;
        p.Ring("202");
        Console.WriteLine("handlers " + p.Handlers + " counter " + counter);
        p.Ringing -= Log;
        p.Ringing -= Log;
        p.Ring("203");
        Console.WriteLine("handlers " + p.Handlers + " counter " + counter);

        Action<string> h1 = why => Console.WriteLine("h1 " + why);
        p.HungUp += h1;
        p.HungUp += why => Console.WriteLine("h2 " + why);
        p.Hang("busy");
        p.HungUp -= h1;
        p.Hang("done");

        Func<int, int> dbl = x => x * 2;
        Func<int, int> inc = x => x + 1;
        Func<int, int> both = x => inc(dbl(x));
        Console.WriteLine(both(5) + " " + dbl(inc(5)));
        Func<int, Func<int, int>> adder = a => b => a + b;
        Console.WriteLine(adder(3)(4));

        Action multi = () => Console.Write("a");
        multi += () => Console.Write("b");
        multi += multi;
        multi();
        Console.WriteLine(" " + multi.GetInvocationList().Length);
        Func<int> f1 = () => 1;
        f1 += () => 2;
        Console.WriteLine("last result wins: " + f1());

        Action<string> m1 = Console.WriteLine;
        Action<string> m2 = Console.WriteLine;
        Console.WriteLine(m1 == m2);

        var fors = new List<Func<int>>();
        for (int i = 0; i < 3; i++) fors.Add(() => i);
        var foreachs = new List<Func<int>>();
        foreach (var i in new[] { 0, 1, 2 }) foreachs.Add(() => i);
        Console.WriteLine(string.Join(",", fors.ConvertAll(f => f())) + " / " + string.Join(",", foreachs.ConvertAll(f => f())));
    }
}
