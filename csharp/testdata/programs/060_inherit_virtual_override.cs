// checks: virtual/override dispatch through base references, base.Method() calls, sealed overrides
using System;

class Animal
{
    public virtual string Speak() { return "..."; }
    public string Intro() { return "I say " + Speak(); }
}
class Dog : Animal { public override string Speak() { return "Woof"; } }
class Puppy : Dog { public sealed override string Speak() { return base.Speak() + " (tiny)"; } }
class Cat : Animal { }

class Program
{
    static void Main()
    {
        Animal[] zoo = { new Animal(), new Dog(), new Puppy(), new Cat() };
        foreach (var a in zoo) Console.WriteLine(a.GetType().Name + ": " + a.Intro());
        Dog d = new Puppy();
        Console.WriteLine(d.Speak());
    }
}
