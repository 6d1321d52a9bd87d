// checks: primary constructor parameters used by field initializers, mutated by members as shared state, chained with this(...), and on structs copied by value
// expect: hand-checked (C# 12: primary constructors)
using System;
using System.Collections.Generic;

class Queue(string name, int capacity)
{
    readonly List<string> items = new List<string>(capacity);
    public string Label { get; } = name.ToUpper() + "/" + capacity;
    public Queue(string name) : this(name, 2) { }
    public bool Offer(string who)
    {
        if (items.Count >= capacity) return false;
        items.Add(who);
        return true;
    }
    public void Grow() => capacity++;
    public override string ToString() => name + "[" + string.Join(",", items) + "] cap " + capacity;
}

class Named(string name)
{
    public virtual string Hello() => "hi " + name;
}

class Loud(string name, int times) : Named(name + "!")
{
    public override string Hello() => string.Concat(System.Linq.Enumerable.Repeat(base.Hello() + " ", times)).Trim() + " (" + name + ")";
}

struct Point(int x, int y)
{
    public void Move(int dx) => x += dx;
    public int X => x;
    public override string ToString() => "(" + x + "," + y + ")";
}

class Program
{
    static void Main()
    {
        var q = new Queue("sales");
        Console.WriteLine(q.Label);
        Console.WriteLine(q.Offer("ann") + " " + q.Offer("bob") + " " + q.Offer("cid"));
        q.Grow();
        Console.WriteLine(q.Offer("cid") + " " + q);
        Console.WriteLine(new Loud("bob", 2).Hello());
        var p = new Point(1, 2);
        var copy = p;
        p.Move(10);
        Console.WriteLine(p + " " + copy + " " + p.X);
        var pts = new List<Point> { new Point(5, 5) };
        pts[0].Move(1);
        Console.WriteLine(pts[0]);
    }
}
