// checks: generic interface implemented for several types, static generic class caching per type argument
using System;

interface IParser<T> { T Parse(string s); }
class IntParser : IParser<int> { public int Parse(string s) { return int.Parse(s) * 1; } }
class BoolParser : IParser<bool> { public bool Parse(string s) { return s == "yes"; } }

static class Cache<T>
{
    public static string Name;
    static Cache() { Name = "cache of " + typeof(T).Name; Console.WriteLine("init " + Name); }
}

class Program
{
    static T ParseWith<T>(IParser<T> p, string s) { return p.Parse(s); }

    static void Main()
    {
        Console.WriteLine(ParseWith(new IntParser(), "41") + 1);
        Console.WriteLine(ParseWith(new BoolParser(), "yes"));
        Console.WriteLine(Cache<int>.Name);
        Console.WriteLine(Cache<string>.Name);
        Console.WriteLine(Cache<int>.Name);
    }
}
