// checks: typeof on open and closed generics, Name with arity suffix, IsValueType, generic type equality
using System;
using System.Collections.Generic;

class G<T> { }

class Program
{
    static void Main()
    {
        Console.WriteLine(typeof(List<int>).Name);
        Console.WriteLine(typeof(Dictionary<string, int>).Name);
        Console.WriteLine(typeof(G<string>).Name);
        Console.WriteLine(typeof(List<int>) == typeof(List<int>));
        Console.WriteLine(typeof(List<int>) == typeof(List<long>));
        Console.WriteLine(typeof(int).IsValueType + " " + typeof(string).IsValueType);
        Console.WriteLine(new List<string>().GetType() == typeof(List<string>));
        Console.WriteLine(typeof(int?).Name);
        Console.WriteLine(typeof(KeyValuePair<int, int>).Name);
    }
}
