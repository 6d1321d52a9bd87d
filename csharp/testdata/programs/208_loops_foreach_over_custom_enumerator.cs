// checks: foreach uses a GetEnumerator pattern without interfaces (duck typing), and disposes IDisposable enumerators
using System;

class Countdown
{
    readonly int from;
    public Countdown(int f) { from = f; }
    public Enumerator GetEnumerator() { return new Enumerator(from); }

    public class Enumerator : IDisposable
    {
        int cur;
        public Enumerator(int f) { cur = f + 1; }
        public int Current => cur;
        public bool MoveNext() { cur--; return cur > 0; }
        public void Dispose() { Console.WriteLine("enumerator disposed"); }
    }
}

class Program
{
    static void Main()
    {
        foreach (var i in new Countdown(3)) Console.WriteLine(i);
        foreach (var i in new Countdown(5))
        {
            if (i == 4) break;
            Console.WriteLine("got " + i);
        }
    }
}
