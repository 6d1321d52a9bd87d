// Calls: arity (CS1501, CS1729, CS1593), static/instance (CS0120, CS0176), access (CS0122), abstract (CS0144).
using System;

abstract class Shape
{
    public abstract double Area();
}

class Counter
{
    private int hidden;
    public static int Zero() => 0;
    public int Next() => ++hidden;
    public Counter(int start) { hidden = start; }
}

class Program
{
    int instanceField;

    static void Main()
    {
        Console.WriteLine(Math.Max /* ERROR "CS1501" "No overload for method 'Max' takes 3 arguments" */ (1, 2, 3));
        var c = /* ERROR "CS1729" "'Counter' does not contain a constructor that takes 0 arguments" */ new Counter();
        var d = new Counter(1);
        Console.WriteLine(d.hidden); /* ERROR "CS0122" "'Counter.hidden' is inaccessible due to its protection level" */
        Console.WriteLine(d.Zero()); /* ERROR "CS0176" */
        Console.WriteLine(Counter.Next()); /* ERROR "CS0120" */
        Console.WriteLine(instanceField); /* ERROR "CS0120" "An object reference is required for the non-static field, method, or property 'Program.instanceField'" */
        Func<int, int> f = x => x + 1;
        /* ERROR "CS1593" */ f(1, 2);
        var s = /* ERROR "CS0144" */ new Shape();
        Console.WriteLine(c);
    }
}
