// checks: static fields shared across instances, static methods, static classes, static constructor runs once lazily
using System;

static class Registry
{
    static int next;
    static Registry() { Console.WriteLine("Registry initialised"); next = 100; }
    public static int NextId() { return next++; }
}

class Item
{
    public static int Created;
    public readonly int Id;
    public Item() { Created++; Id = Registry.NextId(); }
    public static Item Make() { return new Item(); }
}

class Program
{
    static void Main()
    {
        Console.WriteLine("start");
        var a = new Item();
        var b = Item.Make();
        Console.WriteLine(a.Id + " " + b.Id + " " + Item.Created);
        Console.WriteLine(Registry.NextId());
        Item.Created = 0;
        new Item();
        Console.WriteLine(Item.Created);
    }
}
