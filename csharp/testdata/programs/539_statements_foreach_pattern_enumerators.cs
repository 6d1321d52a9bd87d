// checks: foreach over a type with a pattern-based GetEnumerator returning a struct enumerator (MoveNext mutates the hidden enumerator variable); a class enumerator with Dispose; nested foreach over the same collection gets independent enumerators
using System;

struct DigitEnumerator
{
    readonly string s;
    int i;
    public DigitEnumerator(string s) { this.s = s; i = -1; }
    public bool MoveNext()
    {
        do { i++; } while (i < s.Length && !char.IsDigit(s[i]));
        return i < s.Length;
    }
    public char Current => s[i];
}

class Digits
{
    readonly string s;
    public Digits(string s) { this.s = s; }
    public DigitEnumerator GetEnumerator() => new DigitEnumerator(s);
}

class Countdown
{
    public int From;
    public CountdownEnumerator GetEnumerator() => new CountdownEnumerator(From);
}

class CountdownEnumerator : IDisposable
{
    int n;
    public CountdownEnumerator(int from) { n = from + 1; }
    public bool MoveNext() => --n > 0;
    public int Current => n;
    public void Dispose() { Console.WriteLine("disposed at " + n); }
}

class Program
{
    static void Main()
    {
        foreach (var c in new Digits("+49 (30) 1234-5")) Console.Write(c);
        Console.WriteLine();
        var d = new Digits("a1b2");
        foreach (var x in d)
            foreach (var y in d)
                Console.Write("" + x + y + " ");
        Console.WriteLine();
        foreach (var n in new Countdown { From = 3 })
        {
            Console.Write(n + " ");
            if (n == 2) break;
        }
        foreach (var n in new Countdown { From = 2 }) Console.Write(n + " ");
        var e = d.GetEnumerator();
        var copy = e;
        e.MoveNext();
        copy.MoveNext(); copy.MoveNext();
        Console.WriteLine(e.Current + " " + copy.Current);
    }
}
