// checks: partial classes merged across declarations, private/protected/internal access inside the class
using System;

partial class Widget
{
    private int a = 1;
    public int Total() { return a + b + Helper(); }
}

partial class Widget
{
    private int b = 2;
    private int Helper() { return 10; }
    internal string Label = "w";
    protected internal int Pi = 3;
}

class Program
{
    static void Main()
    {
        var w = new Widget();
        Console.WriteLine(w.Total());
        Console.WriteLine(w.Label + w.Pi);
    }
}
