// checks: static method and instance method handlers, removing a handler that was never added is a no-op
using System;

class Source
{
    public event Action Fired;
    public void Fire() { if (Fired != null) Fired(); else Console.WriteLine("no subscribers"); }
}

class Listener
{
    readonly string name;
    public Listener(string n) { name = n; }
    public void OnFired() { Console.WriteLine(name + " heard it"); }
}

class Program
{
    static void StaticHandler() { Console.WriteLine("static handler"); }

    static void Main()
    {
        var src = new Source();
        src.Fire();
        var l1 = new Listener("l1");
        var l2 = new Listener("l2");
        src.Fired += l1.OnFired;
        src.Fired += StaticHandler;
        src.Fired += l2.OnFired;
        src.Fire();
        src.Fired -= new Listener("l1").OnFired;
        src.Fired -= l1.OnFired;
        src.Fire();
        src.Fired -= StaticHandler;
        src.Fired -= l2.OnFired;
        src.Fire();
    }
}
