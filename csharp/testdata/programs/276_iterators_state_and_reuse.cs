// checks: each GetEnumerator of an iterator restarts with fresh locals; iterator parameters captured; infinite generators with Take
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static IEnumerable<int> Counter(int start)
    {
        int local = start;
        while (true) yield return local++;
    }

    static IEnumerable<string> Fizz()
    {
        for (int i = 1; ; i++)
            yield return i % 15 == 0 ? "FizzBuzz" : i % 3 == 0 ? "Fizz" : i % 5 == 0 ? "Buzz" : i.ToString();
    }

    static IEnumerable<T> Interleave<T>(IEnumerable<T> a, IEnumerable<T> b)
    {
        using (var ea = a.GetEnumerator())
        using (var eb = b.GetEnumerator())
        {
            bool ha = ea.MoveNext(), hb = eb.MoveNext();
            while (ha || hb)
            {
                if (ha) { yield return ea.Current; ha = ea.MoveNext(); }
                if (hb) { yield return eb.Current; hb = eb.MoveNext(); }
            }
        }
    }

    static void Main()
    {
        var c = Counter(5);
        Console.WriteLine(string.Join(",", c.Take(3)) + " | " + string.Join(",", c.Take(3)));
        Console.WriteLine(string.Join(" ", Fizz().Take(15)));
        Console.WriteLine(string.Join("", Interleave(new[] { "a", "b", "c" }, new[] { "1" })));
    }
}
