// checks: explicit interface implementation is reachable only through the interface; two interfaces with the same member
using System;

interface IA { string Who(); }
interface IB { string Who(); }

class Both : IA, IB
{
    public string Who() { return "public"; }
    string IB.Who() { return "explicit IB"; }
}

class OnlyExplicit : IA
{
    string IA.Who() { return "explicit IA"; }
}

class Program
{
    static void Main()
    {
        var b = new Both();
        Console.WriteLine(b.Who());
        Console.WriteLine(((IA)b).Who());
        Console.WriteLine(((IB)b).Who());
        IA o = new OnlyExplicit();
        Console.WriteLine(o.Who());
    }
}
