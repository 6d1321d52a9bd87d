// checks: interfaces, implementation, interface-typed variables, is/as checks, multiple interfaces
using System;
using System.Collections.Generic;

interface IGreeter { string Greet(string who); }
interface INamed { string Name { get; } }

class English : IGreeter, INamed
{
    public string Name => "en";
    public string Greet(string who) { return "Hello " + who; }
}
class French : IGreeter
{
    public string Greet(string who) { return "Bonjour " + who; }
}

class Program
{
    static void Main()
    {
        var list = new List<IGreeter> { new English(), new French() };
        foreach (var g in list)
        {
            Console.WriteLine(g.Greet("Sam"));
            var n = g as INamed;
            Console.WriteLine(n == null ? "no name" : "name " + n.Name);
            Console.WriteLine(g is INamed);
        }
        INamed named = new English();
        Console.WriteLine(((IGreeter)named).Greet("cast"));
        try
        {
            var bad = (INamed)list[1];
            Console.WriteLine(bad.Name);
        }
        catch (InvalidCastException) { Console.WriteLine("InvalidCastException"); }
    }
}
