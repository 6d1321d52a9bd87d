// checks: iterator bodies run lazily; breaking out of foreach disposes the iterator and runs its finally blocks; an exception inside an iterator runs finally before the catch; array GetEnumerator reads live elements
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static IEnumerable<int> Numbers(string tag)
    {
        Console.WriteLine(tag + ": start");
        try
        {
            for (int i = 1; i <= 3; i++)
            {
                Console.WriteLine(tag + ": yield " + i);
                yield return i;
            }
        }
        finally
        {
            Console.WriteLine(tag + ": finally");
        }
        Console.WriteLine(tag + ": end");
    }

    static IEnumerable<string> Faulty()
    {
        try
        {
            yield return "ok";
            throw new InvalidOperationException("broken");
        }
        finally
        {
            Console.WriteLine("faulty finally");
        }
    }

    static IEnumerable<int> Nested()
    {
        try
        {
            try { yield return 1; yield return 2; }
            finally { Console.WriteLine("inner finally"); }
        }
        finally { Console.WriteLine("outer finally"); }
    }

    static void Main()
    {
        var seq = Numbers("a");
        Console.WriteLine("created");
        foreach (var n in seq)
        {
            Console.WriteLine("got " + n);
            if (n == 2) break;
        }
        Console.WriteLine("sum " + Numbers("b").Sum());
        Console.WriteLine("first " + Numbers("c").First());
        try
        {
            foreach (var s in Faulty()) Console.WriteLine("item " + s);
        }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
        using (var e = Nested().GetEnumerator())
        {
            e.MoveNext();
            Console.WriteLine("current " + e.Current);
        }
        Console.WriteLine("after using");
        var arr = new[] { 1, 2, 3 };
        IEnumerator en = arr.GetEnumerator();
        en.MoveNext();
        arr[1] = 20;
        en.MoveNext();
        Console.WriteLine("live " + en.Current);
        var manual = Numbers("d").GetEnumerator();
        while (manual.MoveNext()) Console.WriteLine("manual " + manual.Current);
        manual.Dispose();
        var taken = Numbers("e").Take(1).ToList();
        Console.WriteLine("taken " + taken.Count);
    }
}
