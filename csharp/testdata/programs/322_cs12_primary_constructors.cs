// checks: primary constructors on classes and structs: parameters captured as state, used in members, and passed to base classes
// expect: hand-checked (C# 12: primary constructors)
using System;

class Party(string number)
{
    public string Number => number;
    public virtual string Describe() => "party " + number;
}

class Agent(string number, string name) : Party(number)
{
    int calls;
    public void Take() => calls++;
    public override string Describe() => name + " at " + Number + " with " + calls + " calls";
}

struct Money(decimal amount, string currency)
{
    public override string ToString() => amount.ToString("F2") + " " + currency;
}

class Program
{
    static void Main()
    {
        var a = new Agent("101", "ann");
        a.Take(); a.Take();
        Console.WriteLine(a.Describe());
        Console.WriteLine(new Party("+4930").Describe());
        Console.WriteLine(new Money(12.5m, "EUR"));
    }
}
