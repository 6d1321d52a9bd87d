// checks: overridden Equals/GetHashCode drive Dictionary and HashSet lookups; == stays reference equality for classes
using System;
using System.Collections.Generic;

class Key
{
    public readonly string Name;
    public Key(string n) { Name = n; }
    public override bool Equals(object obj) { var k = obj as Key; return k != null && k.Name.ToLower() == Name.ToLower(); }
    public override int GetHashCode() { return Name.ToLower().Length; }
}

class Program
{
    static void Main()
    {
        var a = new Key("Abc");
        var b = new Key("aBC");
        Console.WriteLine(a.Equals(b) + " " + (a == b));
        var set = new HashSet<Key> { a };
        Console.WriteLine(set.Contains(b) + " " + set.Add(b) + " " + set.Count);
        var d = new Dictionary<Key, int>();
        d[a] = 1;
        d[b] = 2;
        Console.WriteLine(d.Count + " " + d[new Key("ABC")]);
        Console.WriteLine(d.ContainsKey(new Key("abd")));
    }
}
