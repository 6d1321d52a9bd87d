// checks: object initializers set members after the constructor, nested object and collection initializers
using System;
using System.Collections.Generic;

class Address
{
    public string City { get; set; }
    public string Zip;
}

class Customer
{
    public Customer() { Console.WriteLine("ctor, Name=" + (Name ?? "null")); }
    public string Name { get; set; }
    public int Age;
    public Address Home { get; set; } = new Address();
    public List<string> Tags { get; } = new List<string>();
    public override string ToString() { return Name + "/" + Age + "/" + Home.City + "/" + Home.Zip + "/" + string.Join("+", Tags); }
}

class Program
{
    static void Main()
    {
        var c = new Customer { Name = "Eve", Age = 30, Home = { City = "Oslo", Zip = "0150" }, Tags = { "vip", "new" } };
        Console.WriteLine(c);
        var d = new Customer { Home = new Address { City = "Rome" } };
        Console.WriteLine(d);
        var e = new Customer();
        Console.WriteLine(e.Home.City == null);
    }
}
