// checks: static members are not inherited polymorphically; accessing base static via derived name
using System;

class Base
{
    public static int Count;
    public static string Hello() { return "Base.Hello"; }
    public Base() { Count++; }
}
class Derived : Base
{
    public static new string Hello() { return "Derived.Hello"; }
}

class Program
{
    static void Main()
    {
        new Base(); new Derived(); new Derived();
        Console.WriteLine(Base.Count + " " + Derived.Count);
        Console.WriteLine(Base.Hello() + " " + Derived.Hello());
    }
}
