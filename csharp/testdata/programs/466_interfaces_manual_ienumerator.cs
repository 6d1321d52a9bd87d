// checks: a hand-written IEnumerator<T> (MoveNext, Current, Reset, Dispose) used by foreach and LINQ; Dispose called at the end of foreach
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

class Digits : IEnumerable<int>
{
    readonly string s;
    public Digits(string s) { this.s = s; }
    public IEnumerator<int> GetEnumerator() { return new E(s); }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

    class E : IEnumerator<int>
    {
        readonly string s; int i = -1;
        public E(string s) { this.s = s; }
        public int Current { get { return s[i] - '0'; } }
        object IEnumerator.Current { get { return Current; } }
        public bool MoveNext() { do { i++; } while (i < s.Length && !char.IsDigit(s[i])); return i < s.Length; }
        public void Reset() { i = -1; }
        public void Dispose() { Console.WriteLine("dispose enumerator"); }
    }
}

class Program
{
    static void Main()
    {
        var d = new Digits("+49 (30) 12-3");
        foreach (var x in d) Console.Write(x);
        Console.WriteLine();
        Console.WriteLine(d.Sum() + " " + d.Count(x => x > 2));
        var e = d.GetEnumerator();
        e.MoveNext(); e.MoveNext();
        Console.WriteLine(e.Current);
        e.Reset(); e.MoveNext();
        Console.WriteLine(e.Current);
    }
}
