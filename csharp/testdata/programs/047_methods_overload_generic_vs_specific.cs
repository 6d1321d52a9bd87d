// checks: overloads: non-generic preferred over generic, more specific parameter types, derived over base, nullable lifting
using System;

class Animal { }
class Dog : Animal { }

class Program
{
    static void Show<T>(T x) { Console.WriteLine("generic " + typeof(T).Name); }
    static void Show(int x) { Console.WriteLine("int"); }
    static void Show(Animal a) { Console.WriteLine("Animal"); }
    static void Show(Dog d) { Console.WriteLine("Dog"); }

    static void N(int? x) { Console.WriteLine("int? " + (x.HasValue ? x.ToString() : "null")); }
    static void N(object x) { Console.WriteLine("object"); }

    static void Main()
    {
        Show(1);
        Show("s");
        Show(2L);
        Show(new Dog());
        Show(new Animal());
        Animal a = new Dog();
        Show(a);
        Show<Dog>(new Dog());
        N(5);
        N(null);
        N("x");
    }
}
