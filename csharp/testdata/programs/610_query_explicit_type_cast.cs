// checks: query from with an explicit range variable type (Cast<T>), over a non-generic collection, join with a typed variable, InvalidCastException at enumeration
using System;
using System.Collections;
using System.Linq;

class Program
{
    static void Main()
    {
        var mixed = new ArrayList { "b", "a", "c" };
        var strs = from string s in mixed orderby s select s.ToUpper();
        Console.WriteLine(string.Join(",", strs));
        object[] boxes = { 1, 2, 3 };
        var sum = (from int i in boxes select i * 10).Sum();
        Console.WriteLine(sum);
        var names = new object[] { "x", "y" };
        var j = from int i in boxes join string n in names on i % 2 == 1 ? "x" : "y" equals n select i + n;
        Console.WriteLine(string.Join(" ", j));
        var bad = from string s in new object[] { "ok", 42 } select s.Length;
        try
        {
            foreach (var n in bad)
                Console.WriteLine("len " + n);
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("InvalidCastException");
        }
    }
}
