// checks: List.Sort is unstable in .NET but deterministic; ordering with unique keys only; LINQ OrderBy stable for ties
using System;
using System.Collections.Generic;
using System.Linq;

struct Entry { public string Name; public int Prio; public override string ToString() { return Name + Prio; } }

class Program
{
    static void Main()
    {
        var list = new List<Entry>
        {
            new Entry { Name = "d", Prio = 4 }, new Entry { Name = "a", Prio = 1 }, new Entry { Name = "c", Prio = 3 }, new Entry { Name = "b", Prio = 2 },
        };
        list.Sort((x, y) => x.Prio.CompareTo(y.Prio));
        Console.WriteLine(string.Join(" ", list));
        var ties = new List<Entry> { new Entry { Name = "x", Prio = 1 }, new Entry { Name = "y", Prio = 0 }, new Entry { Name = "z", Prio = 1 }, new Entry { Name = "w", Prio = 0 } };
        Console.WriteLine(string.Join(" ", ties.OrderBy(e => e.Prio)));
        Console.WriteLine(string.Join(" ", ties.OrderByDescending(e => e.Prio)));
    }
}
