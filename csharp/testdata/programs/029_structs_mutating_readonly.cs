// checks: calling a mutating method on a readonly struct field mutates a defensive copy; foreach variable is a copy
using System;
using System.Collections.Generic;

struct Counter
{
    public int N;
    public void Inc() { N++; }
}

class Owner
{
    public readonly Counter Ro;
    public Counter Rw;
    public void Run()
    {
        Ro.Inc();
        Ro.Inc();
        Rw.Inc();
        Rw.Inc();
        Console.WriteLine("readonly field: " + Ro.N + ", writable field: " + Rw.N);
    }
}

class Program
{
    static void Main()
    {
        new Owner().Run();
        var arr = new Counter[2];
        foreach (var c in arr) { var x = c; x.Inc(); }
        Console.WriteLine(arr[0].N);
        for (int i = 0; i < arr.Length; i++) arr[i].Inc();
        Console.WriteLine(arr[0].N + arr[1].N);
        var list = new List<Counter> { new Counter() };
        var item = list[0];
        item.Inc();
        list[0] = item;
        Console.WriteLine(list[0].N);
    }
}
