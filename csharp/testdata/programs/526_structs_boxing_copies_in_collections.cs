// checks: boxed structs are shared references (interfaces, object, collections of them); unboxing and pattern variables copy; struct-typed properties, indexers and dictionary values hand out copies; Equals on boxed structs compares values
using System;
using System.Collections.Generic;

interface IMeter { void Add(int n); int Total { get; } }

struct Meter : IMeter
{
    public int total;
    public void Add(int n) { total += n; }
    public int Total => total;
    public override string ToString() => "Meter(" + total + ")";
}

class Holder
{
    Meter field;
    public Meter Prop { get; set; }
    public Meter Field => field;
    public void AddToField(int n) { field.Add(n); }
}

class Program
{
    static void Main()
    {
        var m = new Meter();
        object o1 = m;
        object o2 = o1;
        ((IMeter)o1).Add(5);
        Console.WriteLine(((Meter)o2).Total + " " + m.Total + " " + ReferenceEquals(o1, o2));

        var list = new List<IMeter> { m, m };
        list[0].Add(3);
        foreach (var x in list) x.Add(1);
        Console.WriteLine(list[0].Total + " " + list[1].Total + " " + m.Total);

        var objs = new List<object> { m };
        foreach (Meter copy in objs) { var c = copy; c.Add(100); }
        if (objs[0] is Meter pm) { pm.Add(7); Console.WriteLine("pattern copy " + pm.Total); }
        Console.WriteLine("boxed stays " + ((Meter)objs[0]).Total);

        var h = new Holder();
        h.Prop.Add(4);
        h.Field.Add(4);
        h.AddToField(2);
        Console.WriteLine(h.Prop.Total + " " + h.Field.Total);

        var meters = new List<Meter> { new Meter() };
        meters[0].Add(9);
        var first = meters[0];
        first.Add(9);
        Console.WriteLine(meters[0].Total + " " + first.Total);
        meters[0] = first;
        Console.WriteLine(meters[0]);

        var dict = new Dictionary<string, Meter> { ["a"] = new Meter() };
        var entry = dict["a"];
        entry.Add(2);
        Console.WriteLine(dict["a"].Total + " " + entry.Total);
        dict["a"] = entry;
        Console.WriteLine(dict["a"].Total);

        var arr = new Meter[2];
        arr[1].Add(6);
        IMeter boxedFromArray = arr[1];
        boxedFromArray.Add(1);
        Console.WriteLine(arr[1].Total + " " + boxedFromArray.Total);

        object a = new Meter { total = 3 };
        object b = new Meter { total = 3 };
        Console.WriteLine(a.Equals(b) + " " + (a == b) + " " + a.GetHashCode().Equals(b.GetHashCode()) + " " + a);
    }
}
