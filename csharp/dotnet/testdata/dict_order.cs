using System;
using System.Collections.Generic;

// Reference: .NET's Dictionary<TKey,TValue> (dotnet/runtime Dictionary.cs): Remove pushes the slot
// on a free list, TryInsert pops the most recently freed slot, enumeration walks the slots in order.
class Program
{
    static void Main()
    {
        var d = new Dictionary<string, int> { ["a"] = 1, ["b"] = 2, ["c"] = 3 };
        d.Remove("a"); d.Remove("b"); d.Remove("c");
        d["x"] = 10; d["y"] = 20;
        Console.WriteLine(string.Join(",", d.Keys));
        d["z"] = 30; d["w"] = 40;
        Console.WriteLine(string.Join(",", d.Keys));
        var s = new HashSet<int> { 1, 2, 3, 4 };
        s.Remove(2); s.Remove(3); s.Add(5); s.Add(6); s.Add(7);
        Console.WriteLine(string.Join(",", s));
        d.Clear(); d["q"] = 1; d["r"] = 2;
        Console.WriteLine(string.Join(",", d.Keys));
    }
}
// Output:
// y,x
// z,y,x,w
// 1,6,5,4,7
// q,r
