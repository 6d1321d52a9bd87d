// checks: covariance of IEnumerable<out T> and contravariance of Action<in T>/IComparer; array covariance and ArrayTypeMismatchException
using System;
using System.Collections.Generic;

class Animal { public virtual string Name => "animal"; }
class Cat : Animal { public override string Name => "cat"; }

class Program
{
    static void Main()
    {
        IEnumerable<Cat> cats = new List<Cat> { new Cat(), new Cat() };
        IEnumerable<Animal> animals = cats;
        foreach (var a in animals) Console.Write(a.Name + " ");
        Console.WriteLine();
        Action<Animal> printAnimal = a => Console.WriteLine("action: " + a.Name);
        Action<Cat> printCat = printAnimal;
        printCat(new Cat());
        Func<Cat> makeCat = () => new Cat();
        Func<Animal> makeAnimal = makeCat;
        Console.WriteLine(makeAnimal().Name);
        Animal[] arr = new Cat[1];
        try { arr[0] = new Animal(); }
        catch (ArrayTypeMismatchException) { Console.WriteLine("ArrayTypeMismatchException"); }
        arr[0] = new Cat();
        Console.WriteLine(arr[0].Name);
    }
}
