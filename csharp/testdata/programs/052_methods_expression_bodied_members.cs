// checks: expression-bodied methods, properties, indexers, operators, constructors and accessors
using System;

class Temp
{
    private double c;
    public Temp(double c) => this.c = c;
    public double Celsius { get => c; set => c = value; }
    public double Fahrenheit => c * 9 / 5 + 32;
    public string this[string unit] => unit == "F" ? Fahrenheit.ToString("F1") : c.ToString("F1");
    public static Temp operator +(Temp t, double d) => new Temp(t.c + d);
    public override string ToString() => $"{c:F1}C";
    public void Print() => Console.WriteLine(this);
}

class Program
{
    static void Main()
    {
        var t = new Temp(20);
        t.Print();
        Console.WriteLine(t.Fahrenheit);
        Console.WriteLine(t["F"] + " " + t["C"]);
        t = t + 5;
        t.Celsius *= 2;
        Console.WriteLine(t);
    }
}
