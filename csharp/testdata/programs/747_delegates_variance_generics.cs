// checks: delegate and interface variance: Func<Derived> to Func<Base> (covariance), Action<Base> to Action<Derived> (contravariance), IEnumerable<Derived> as IEnumerable<Base>, IComparer<Base> used for a List<Derived>, generic delegates declared by the program with in/out, method group conversions to generic delegates, Predicate and Converter
using System;
using System.Collections.Generic;
using System.Linq;

class Animal { public string Name; public Animal(string n) { Name = n; } public virtual string Sound => "..."; public override string ToString() => Name; }
class Dog : Animal { public Dog(string n) : base(n) { } public override string Sound => "woof"; }
class Cat : Animal { public Cat(string n) : base(n) { } public override string Sound => "meow"; }

delegate TResult Producer<out TResult>();
delegate void Consumer<in T>(T item);

class ByName : IComparer<Animal> { public int Compare(Animal a, Animal b) => string.CompareOrdinal(a.Name, b.Name); }

class Program
{
    static Dog MakeDog() => new Dog("rex");
    static void Feed(Animal a) => Console.WriteLine("feeding " + a.Name + " (" + a.Sound + ")");
    static string Describe(Animal a) => a.Name + ":" + a.Sound;

    static void Main()
    {
        Func<Dog> fd = MakeDog;
        Func<Animal> fa = fd;
        Console.WriteLine(fa().Name + " " + fa().GetType().Name);
        Action<Animal> feedAny = Feed;
        Action<Cat> feedCat = feedAny;
        feedCat(new Cat("tom"));
        Producer<Dog> pd = () => new Dog("fido");
        Producer<Animal> pa = pd;
        Consumer<Animal> ca = a => Console.WriteLine("consumed " + a);
        Consumer<Dog> cd = ca;
        cd(pa() as Dog);
        IEnumerable<Dog> dogs = new List<Dog> { new Dog("b"), new Dog("a") };
        IEnumerable<Animal> animals = dogs;
        Console.WriteLine(string.Join(",", animals.Select(Describe)));
        var dogList = new List<Dog>(dogs);
        dogList.Sort(new ByName());
        Console.WriteLine(string.Join(",", dogList));
        Predicate<Animal> isDog = a => a is Dog;
        var zoo = new List<Animal> { new Dog("d1"), new Cat("c1"), new Dog("d2") };
        Console.WriteLine(zoo.FindAll(isDog).Count + " " + zoo.Exists(a => a.Sound == "meow") + " " + zoo.FindIndex(a => a is Cat));
        Converter<Animal, string> conv = Describe;
        Console.WriteLine(string.Join(" ", zoo.ConvertAll(conv)));
        Func<Animal, string> f = Describe;
        Func<Dog, object> g = f;
        Console.WriteLine(g(new Dog("z")));
        Func<int, bool> isEven = n => n % 2 == 0;
        Func<int, bool> not = n => !isEven(n);
        Console.WriteLine(string.Join(",", Enumerable.Range(1, 6).Where(not)));
        Animal[] arr = new Dog[] { new Dog("x") };
        Console.WriteLine(arr[0].Sound + " " + arr.GetType().Name);
        try { arr[0] = new Cat("bad"); }
        catch (ArrayTypeMismatchException) { Console.WriteLine("ArrayTypeMismatchException"); }
    }
}
