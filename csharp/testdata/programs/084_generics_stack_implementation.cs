// checks: a user generic collection with an array backing store, growth, enumeration via yield and exceptions when empty
using System;
using System.Collections.Generic;

class MyStack<T> : IEnumerable<T>
{
    T[] items = new T[2];
    int count;
    public int Count => count;
    public void Push(T item)
    {
        if (count == items.Length) Array.Resize(ref items, items.Length * 2);
        items[count++] = item;
    }
    public T Pop()
    {
        if (count == 0) throw new InvalidOperationException("empty stack");
        T v = items[--count];
        items[count] = default(T);
        return v;
    }
    public IEnumerator<T> GetEnumerator()
    {
        for (int i = count - 1; i >= 0; i--) yield return items[i];
    }
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() { return GetEnumerator(); }
}

class Program
{
    static void Main()
    {
        var s = new MyStack<string>();
        foreach (var w in "to be or not".Split(' ')) s.Push(w);
        Console.WriteLine(s.Count + ": " + string.Join(" ", s));
        Console.WriteLine(s.Pop() + " " + s.Pop());
        Console.WriteLine(string.Join(" ", s));
        s.Pop(); s.Pop();
        try { s.Pop(); }
        catch (InvalidOperationException e) { Console.WriteLine("caught: " + e.Message); }
    }
}
