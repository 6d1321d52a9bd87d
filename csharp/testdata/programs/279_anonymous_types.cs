// checks: anonymous types: property names from members (projection initializers), read-only properties, Equals/ToString, arrays of anonymous types
using System;
using System.Linq;

class Program
{
    static void Main()
    {
        string name = "ann";
        int ext = 101;
        var a = new { name, ext, Team = "sales" };
        Console.WriteLine(a);
        Console.WriteLine(a.name + " " + a.ext + " " + a.Team);
        var b = new { name = "ann", ext = 101, Team = "sales" };
        Console.WriteLine(a.Equals(b) + " " + ReferenceEquals(a, b));
        var arr = new[] { new { N = 1, S = "one" }, new { N = 2, S = "two" } };
        Console.WriteLine(arr.Length + " " + arr[1].S);
        var agg = arr.Select(x => new { x.N, Double = x.N * 2 }).Last();
        Console.WriteLine(agg);
        var withNull = new { A = (string)null, B = 2 };
        Console.WriteLine(withNull);
    }
}
