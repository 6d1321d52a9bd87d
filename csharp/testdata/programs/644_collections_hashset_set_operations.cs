// checks: HashSet<T> set algebra (UnionWith, IntersectWith, ExceptWith, SymmetricExceptWith), predicates (IsSubsetOf, IsSupersetOf, IsProperSubsetOf, Overlaps, SetEquals), Add's return value, insertion-order enumeration without removals
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static string Show(IEnumerable<int> s) => string.Join(",", s.OrderBy(x => x));

    static void Main()
    {
        var busy = new HashSet<int> { 101, 102, 103, 104 };
        var onCall = new HashSet<int> { 103, 104, 105 };
        Console.WriteLine(busy.Add(101) + " " + busy.Add(106) + " " + busy.Count);
        Console.WriteLine(string.Join(",", busy));
        var u = new HashSet<int>(busy); u.UnionWith(onCall); Console.WriteLine("union " + Show(u));
        var i = new HashSet<int>(busy); i.IntersectWith(onCall); Console.WriteLine("intersect " + Show(i));
        var e = new HashSet<int>(busy); e.ExceptWith(onCall); Console.WriteLine("except " + Show(e));
        var x = new HashSet<int>(busy); x.SymmetricExceptWith(onCall); Console.WriteLine("symmetric " + Show(x));
        var small = new HashSet<int> { 103, 104 };
        Console.WriteLine(small.IsSubsetOf(busy) + " " + busy.IsSupersetOf(small) + " " + small.IsProperSubsetOf(small) + " " + small.IsSubsetOf(small));
        Console.WriteLine(busy.Overlaps(new[] { 1, 2, 105 }) + " " + busy.Overlaps(new[] { 103 }));
        Console.WriteLine(small.SetEquals(new[] { 104, 103, 103 }) + " " + small.SetEquals(new[] { 104 }));
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Queue", "IVR" };
        Console.WriteLine(words.Contains("queue") + " " + words.Add("ivr") + " " + words.Count);
        Console.WriteLine(busy.RemoveWhere(n => n % 2 == 0) + " " + Show(busy));
    }
}
