// checks: Type.ToString of generic, nested generic and array types; default ToString of objects
using System;
using System.Collections.Generic;

class Box<T> { public T Value = default(T); }
class Pair<A, B> { }

static class Program
{
    static void Main()
    {
        Console.WriteLine(new List<int>().GetType());
        Console.WriteLine(new Dictionary<string, List<int>>().GetType());
        Console.WriteLine(new Box<string>());
        Console.WriteLine(new Pair<int, Box<bool>>());
        Console.WriteLine(new List<string>[0].GetType());
        Console.WriteLine(typeof(KeyValuePair<string, int>));
    }
}
