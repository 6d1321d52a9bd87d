// checks: overriding Equals/ToString on a hierarchy; calls through object; base.ToString returns the type name
using System;

class Node
{
    public int V;
    public override string ToString() { return "Node(" + V + ")"; }
}
class Named : Node
{
    public string N;
    public override string ToString() { return N + ":" + base.ToString(); }
}
class Raw : Node
{
    public string Plain() { return base.ToString(); }
}
class Bare { public string Default() { return base.ToString(); } }

class Program
{
    static void Main()
    {
        object o = new Named { V = 1, N = "x" };
        Console.WriteLine(o);
        Console.WriteLine(new Raw { V = 3 }.Plain());
        Console.WriteLine(new Bare().Default());
    }
}
