// checks: a user generic collection: array-backed growable stack implementing IEnumerable<T> with a struct-free iterator, version checks throwing on modification during enumeration, IndexOutOfRange/InvalidOperation exceptions, ICollection-like members, LINQ over the user type, a generic ring buffer with wrap-around and Clear resetting to default(T)
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

class ArrayStack<T> : IEnumerable<T>
{
    private T[] items = new T[2];
    private int count, version;
    public int Count => count;
    public int Capacity => items.Length;
    public void Push(T item)
    {
        if (count == items.Length) Array.Resize(ref items, items.Length * 2);
        items[count++] = item;
        version++;
    }
    public T Pop()
    {
        if (count == 0) throw new InvalidOperationException("Stack empty.");
        var t = items[--count];
        items[count] = default(T);
        version++;
        return t;
    }
    public T Peek() => count == 0 ? throw new InvalidOperationException("Stack empty.") : items[count - 1];
    public T this[int fromTop]
    {
        get
        {
            if (fromTop < 0 || fromTop >= count) throw new ArgumentOutOfRangeException(nameof(fromTop));
            return items[count - 1 - fromTop];
        }
    }
    public IEnumerator<T> GetEnumerator()
    {
        int v = version;
        for (int i = count - 1; i >= 0; i--)
        {
            if (v != version) throw new InvalidOperationException("modified");
            yield return items[i];
        }
    }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

class Ring<T>
{
    private readonly T[] buf; private int start, size;
    public Ring(int n) { buf = new T[n]; }
    public void Add(T x)
    {
        buf[(start + size) % buf.Length] = x;
        if (size < buf.Length) size++; else start = (start + 1) % buf.Length;
    }
    public IEnumerable<T> Items() { for (int i = 0; i < size; i++) yield return buf[(start + i) % buf.Length]; }
    public void Clear() { Array.Clear(buf, 0, buf.Length); start = size = 0; }
    public T Raw(int i) => buf[i];
}

class Program
{
    static void Main()
    {
        var s = new ArrayStack<string>();
        foreach (var w in "to be or not to be".Split(' ')) s.Push(w);
        Console.WriteLine(s.Count + " " + s.Capacity + " " + s.Peek() + " " + s[2]);
        Console.WriteLine(string.Join(" ", s));
        Console.WriteLine(string.Join(",", s.Where(x => x.Length == 2).Distinct()));
        Console.WriteLine(s.Pop() + s.Pop() + " " + s.Count);
        try { foreach (var x in s) if (x == "not") s.Push("!"); }
        catch (InvalidOperationException e) { Console.WriteLine("enumeration: " + e.Message); }
        try { Console.WriteLine(s[10]); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine("index: " + e.ParamName); }
        var empty = new ArrayStack<int>();
        try { empty.Pop(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        try { empty.Peek(); } catch (InvalidOperationException e) { Console.WriteLine("peek: " + e.Message); }
        Console.WriteLine(empty.Count() + " " + empty.Any() + " " + empty.Sum());
        var nums = new ArrayStack<int>();
        for (int i = 1; i <= 10; i++) nums.Push(i * i);
        Console.WriteLine(nums.Capacity + " " + nums.Max() + " " + nums.First() + " " + nums.Last() + " " + nums.Skip(8).Sum());
        var ring = new Ring<int>(3);
        for (int i = 1; i <= 5; i++) ring.Add(i);
        Console.WriteLine(string.Join(",", ring.Items()) + " raw " + ring.Raw(0) + ring.Raw(1) + ring.Raw(2));
        ring.Clear();
        ring.Add(9);
        Console.WriteLine(string.Join(",", ring.Items()) + " raw " + ring.Raw(0) + ring.Raw(1) + ring.Raw(2));
        var names = new Ring<string>(2);
        names.Add("a");
        Console.WriteLine(names.Raw(1) == null);
    }
}
