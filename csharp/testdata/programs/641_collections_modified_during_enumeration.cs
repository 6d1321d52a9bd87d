// checks: adding to a List, Dictionary or HashSet (or removing from a List) while a foreach walks it throws InvalidOperationException; changing a List element by index too; the loop body ran up to that point; an explicit GetEnumerator/MoveNext sees the change at its next MoveNext
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var calls = new List<int> { 1, 2, 3 };
        try { foreach (var c in calls) { Console.WriteLine("saw " + c); if (c == 2) calls.Add(4); } }
        catch (InvalidOperationException e) { Console.WriteLine("List.Add: " + e.Message); }
        try { foreach (var c in calls) { if (c == 1) calls.Remove(3); } }
        catch (InvalidOperationException) { Console.WriteLine("List.Remove: InvalidOperationException"); }
        try { foreach (var c in calls) { calls[0] = 9; } }
        catch (InvalidOperationException) { Console.WriteLine("List indexer set: InvalidOperationException"); }
        var queue = new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 };
        try { foreach (var kv in queue) queue.Add(kv.Key + "x", kv.Value); }
        catch (InvalidOperationException) { Console.WriteLine("Dictionary.Add: InvalidOperationException"); }
        Console.WriteLine(queue.Count);
        var seen = new HashSet<string> { "x" };
        try { foreach (var s in seen) seen.Add(s + s); }
        catch (InvalidOperationException) { Console.WriteLine("HashSet.Add: InvalidOperationException"); }
        // a LINQ query over the list sees the modification at its next MoveNext too
        var q = calls.Where(c => c > 0);
        try { foreach (var c in q) calls.Add(c); }
        catch (InvalidOperationException) { Console.WriteLine("via Where: InvalidOperationException"); }
        var en = calls.GetEnumerator();
        Console.WriteLine(en.MoveNext() + " " + en.Current);
        calls.Add(7);
        try { en.MoveNext(); } catch (InvalidOperationException) { Console.WriteLine("explicit MoveNext: InvalidOperationException"); }
        var st = new Stack<int>(new[] { 1, 2 });
        var se = st.GetEnumerator();
        Console.WriteLine(se.MoveNext() + " " + se.Current);
        st.Pop();
        try { se.MoveNext(); } catch (InvalidOperationException) { Console.WriteLine("Stack MoveNext: InvalidOperationException"); }
        // iterating a snapshot is the safe way
        foreach (var c in calls.ToList()) if (c > 2) calls.Remove(c);
        Console.WriteLine(string.Join(",", calls));
    }
}
