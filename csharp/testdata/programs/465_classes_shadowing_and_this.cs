// checks: parameters and locals shadowing fields, this.field disambiguation, static and instance members with related names, property on struct with backing field
using System;

class Agent
{
    string name;
    static int count;
    public int Count => count;
    public Agent(string name) { this.name = name; count++; }
    public string Rename(string name) { var old = this.name; this.name = name; return old + "->" + this.name; }
    public string Name() { string name = "local"; return name + "/" + this.name; }
}

struct Temp
{
    double c;
    public double Celsius { get { return c; } set { c = value; } }
    public double Fahrenheit { get { return c * 9 / 5 + 32; } set { c = (value - 32) * 5 / 9; } }
}

class Program
{
    static void Main()
    {
        var a = new Agent("ann");
        var b = new Agent("bob");
        Console.WriteLine(a.Rename("anna") + " " + a.Name() + " " + b.Count);
        var t = new Temp();
        t.Fahrenheit = 212;
        Console.WriteLine(t.Celsius + " " + t.Fahrenheit);
        t.Celsius = -40;
        Console.WriteLine(t.Fahrenheit);
    }
}
