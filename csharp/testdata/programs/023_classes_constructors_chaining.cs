// checks: constructor overloads, this(...) chaining order, base(...) calls, default constructor
using System;

class Animal
{
    protected string kind;
    public Animal() : this("generic") { Console.WriteLine("Animal()"); }
    public Animal(string kind) { this.kind = kind; Console.WriteLine("Animal(" + kind + ")"); }
}

class Dog : Animal
{
    public string Name;
    public Dog() : this("Rex") { Console.WriteLine("Dog()"); }
    public Dog(string name) : base("dog") { Name = name; Console.WriteLine("Dog(" + name + ")"); }
    public override string ToString() { return kind + ":" + Name; }
}

class Cat : Animal
{
    public Cat() { Console.WriteLine("Cat()"); }
    public override string ToString() { return kind; }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new Dog());
        Console.WriteLine("--");
        Console.WriteLine(new Dog("Fido"));
        Console.WriteLine("--");
        Console.WriteLine(new Cat());
    }
}
