// checks: List<T> members scripts use: Insert/InsertRange/RemoveRange/RemoveAll, GetRange copies, IndexOf with a start, Find/FindLast/FindIndex/FindAll/Exists/TrueForAll, ConvertAll, Contains on reference types (Equals), out-of-range index messages by type
using System;
using System.Collections.Generic;

class Ext
{
    public int Number;
    public Ext(int n) { Number = n; }
    public override bool Equals(object o) => o is Ext e && e.Number == Number;
    public override int GetHashCode() => Number;
    public override string ToString() => "ext" + Number;
}

class Program
{
    static void Main()
    {
        var l = new List<int> { 1, 2, 3, 4, 5, 6 };
        l.Insert(0, 0); l.InsertRange(3, new[] { 10, 11 }); l.RemoveRange(5, 2);
        Console.WriteLine(string.Join(",", l));
        var part = l.GetRange(1, 3); part[0] = 99;
        Console.WriteLine(string.Join(",", part) + " | " + string.Join(",", l));
        Console.WriteLine(l.IndexOf(2) + " " + l.IndexOf(2, 3) + " " + l.LastIndexOf(6) + " " + l.IndexOf(42));
        Console.WriteLine(l.Find(x => x > 4) + " " + l.FindLast(x => x < 4) + " " + l.FindIndex(x => x == 11) + " " + l.Find(x => x > 100));
        Console.WriteLine(string.Join(",", l.FindAll(x => x % 2 == 0)) + " " + l.Exists(x => x == 6) + " " + l.TrueForAll(x => x >= 0));
        Console.WriteLine(l.RemoveAll(x => x > 5) + " " + string.Join(",", l));
        Console.WriteLine(string.Join(" ", l.ConvertAll(x => "#" + x)));
        var exts = new List<Ext> { new Ext(101), new Ext(102) };
        Console.WriteLine(exts.Contains(new Ext(102)) + " " + exts.IndexOf(new Ext(101)) + " " + exts.Remove(new Ext(101)) + " " + string.Join(",", exts));
        try { Console.WriteLine(l[10]); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("get: " + e.GetType().Name + " " + e.ParamName); }
        try { l.Insert(99, 1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("insert: " + e.GetType().Name + " " + e.ParamName); }
        try { l.RemoveAt(-1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("removeAt: " + e.GetType().Name); }
        try { l.GetRange(2, 10); } catch (ArgumentException e) { Console.WriteLine("range: " + e.GetType().Name); }
        var strs = new List<string> { "b", null, "a" };
        Console.WriteLine(strs.Contains(null) + " " + strs.IndexOf(null) + " " + strs.Count);
        l.Clear();
        Console.WriteLine(l.Count + " " + l.Find(x => true));
    }
}
