// checks: nameof on locals, parameters, members, types, generic types and qualified names
using System;
using System.Collections.Generic;

class Customer
{
    public string Name { get; set; }
    public void Save(int retries) { Console.WriteLine(nameof(retries) + " in " + nameof(Save)); }
}

class Program
{
    static void Main()
    {
        int count = 0;
        Console.WriteLine(nameof(count));
        Console.WriteLine(nameof(Customer));
        Console.WriteLine(nameof(Customer.Name));
        Console.WriteLine(nameof(System.Console));
        Console.WriteLine(nameof(List<int>));
        Console.WriteLine(nameof(Console.WriteLine));
        Console.WriteLine(nameof(Program.Main));
        new Customer().Save(3);
        try { throw new ArgumentNullException(nameof(count)); }
        catch (ArgumentNullException e) { Console.WriteLine(e.ParamName); }
    }
}
