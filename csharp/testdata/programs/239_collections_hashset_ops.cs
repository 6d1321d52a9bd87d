// checks: HashSet Add returns false on duplicates, Remove, UnionWith/IntersectWith/ExceptWith/SymmetricExceptWith, subset tests, insertion-order enumeration without removals
using System;
using System.Collections.Generic;

class Program
{
    static string S(HashSet<int> s) { var l = new List<int>(s); l.Sort(); return "{" + string.Join(",", l) + "}"; }

    static void Main()
    {
        var a = new HashSet<int> { 1, 2, 3 };
        Console.WriteLine(a.Add(3) + " " + a.Add(4) + " " + a.Count);
        Console.WriteLine(a.Remove(1) + " " + a.Remove(1) + " " + S(a));
        var b = new HashSet<int> { 3, 4, 5 };
        var u = new HashSet<int>(a); u.UnionWith(b); Console.WriteLine("union " + S(u));
        var i = new HashSet<int>(a); i.IntersectWith(b); Console.WriteLine("intersect " + S(i));
        var e = new HashSet<int>(a); e.ExceptWith(b); Console.WriteLine("except " + S(e));
        var x = new HashSet<int>(a); x.SymmetricExceptWith(b); Console.WriteLine("symmetric " + S(x));
        Console.WriteLine(new HashSet<int> { 3 }.IsSubsetOf(a) + " " + a.IsSupersetOf(new[] { 2, 3 }) + " " + a.Overlaps(b) + " " + a.SetEquals(new[] { 4, 3, 2 }));
        var ordered = new HashSet<string> { "c", "a", "b" };
        Console.WriteLine(string.Join(",", ordered));
        var fromList = new HashSet<int>(new[] { 5, 5, 6 });
        Console.WriteLine(fromList.Count + " " + fromList.Contains(6));
    }
}
