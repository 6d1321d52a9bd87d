// checks: ?. and ?[] short-circuit the whole chain, ?? right side evaluated only when needed, ?? chains and with throw
using System;
using System.Collections.Generic;

class Node
{
    public string Name;
    public Node Next;
    public List<int> Items;
    public int Len() { Console.WriteLine("Len called on " + Name); return Name.Length; }
}

class Program
{
    static string Fallback(string s) { Console.WriteLine("fallback evaluated"); return s; }

    static void Main()
    {
        Node n = new Node { Name = "first", Next = new Node { Name = "second" } };
        Node none = null;
        Console.WriteLine(n?.Next?.Name);
        Console.WriteLine(n?.Next?.Next?.Name == null);
        Console.WriteLine(none?.Len() == null);
        int? len = n?.Len();
        Console.WriteLine(len);
        Console.WriteLine(none?.Name.Length == null);
        Console.WriteLine(n.Items?[0] == null);
        n.Items = new List<int> { 42 };
        Console.WriteLine(n.Items?[0]);
        string s = null;
        Console.WriteLine(s ?? "default");
        Console.WriteLine("given" ?? Fallback("x"));
        Console.WriteLine(s ?? Fallback("used"));
        string t = null, u = null, v = "third";
        Console.WriteLine(t ?? u ?? v);
        int? ni = null;
        int x = ni ?? -1;
        Console.WriteLine(x);
        Console.WriteLine((ni ?? 10) + 5);
        try { string r = s ?? throw new InvalidOperationException("required"); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        int[] arr = null;
        Console.WriteLine(arr?.Length ?? 0);
        Action act = null;
        act?.Invoke();
        Console.WriteLine(n.Next?.Name?.ToUpper()?.Substring(1));
    }
}
