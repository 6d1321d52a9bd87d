// checks: record inheritance: ToString includes base members, equality requires the same runtime type, virtual members in records
// expect: hand-checked (C# 9: records)
using System;

record Party(string Number);
record Extension(string Number, string Name) : Party(Number);
record External(string Number) : Party(Number)
{
    public string Describe() => "external " + Number;
}

class Program
{
    static void Main()
    {
        Party p = new Extension("101", "ann");
        Console.WriteLine(p);
        Console.WriteLine(p == new Extension("101", "ann"));
        Console.WriteLine(new Party("101") == new External("101"));
        Console.WriteLine(new External("+4930").Describe());
        var copy = p with { Number = "102" };
        Console.WriteLine(copy + " " + copy.GetType().Name);
    }
}
