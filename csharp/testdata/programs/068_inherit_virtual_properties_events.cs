// checks: virtual properties and indexers overridden, base property access from an override
using System;

class Widget
{
    public virtual string Label { get { return "widget"; } }
    public virtual int this[int i] { get { return i; } }
    protected virtual int Size { get; set; } = 1;
    public int GetSize() { return Size; }
}

class Button : Widget
{
    public override string Label { get { return "button/" + base.Label; } }
    public override int this[int i] { get { return base[i] * 10; } }
    protected override int Size { get { return base.Size + 100; } set { base.Size = value; } }
    public void Grow() { Size = 5; }
}

class Program
{
    static void Main()
    {
        Widget w = new Button();
        Console.WriteLine(w.Label);
        Console.WriteLine(w[3]);
        Console.WriteLine(w.GetSize());
        ((Button)w).Grow();
        Console.WriteLine(w.GetSize());
    }
}
