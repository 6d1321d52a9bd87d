using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

// A user collection whose enumerator implements Current explicitly and logs
// Dispose: LINQ operators pull from it as foreach would, dispose it once when
// it is exhausted (before the consumer goes on) or when a query stops early.
class Bag : IEnumerable<int>
{
    readonly int[] items = { 3, 1, 2 };
    public IEnumerator<int> GetEnumerator() => new E(items);
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    class E : IEnumerator<int>
    {
        readonly int[] a;
        int i = -1;
        public E(int[] a) { this.a = a; }
        int IEnumerator<int>.Current => a[i];
        object IEnumerator.Current => a[i];
        public bool MoveNext() => ++i < a.Length;
        public void Reset() { i = -1; }
        public void Dispose() { Console.WriteLine("disposed"); }
    }
}

class Program
{
    static void Main()
    {
        var b = new Bag();
        foreach (var x in b.Where(x => x > 1)) Console.Write(x);
        Console.WriteLine();
        Console.WriteLine(string.Join(",", b.Select(x => x * 10)));
        Console.WriteLine(b.Zip(b.Skip(1), (x, y) => x + y).First());
        Console.WriteLine(string.Join("", b.OrderBy(x => x)) + " " + b.Count() + " " + b.Concat(b).Sum());
        var e = b.Where(x => x != 1).GetEnumerator();
        while (e.MoveNext()) Console.Write(e.Current + ";");
        Console.WriteLine();
    }
}
// Output:
// 32disposed
//
// disposed
// 30,10,20
// disposed
// disposed
// 4
// disposed
// disposed
// disposed
// disposed
// 123 3 12
// 3;2;disposed
//
