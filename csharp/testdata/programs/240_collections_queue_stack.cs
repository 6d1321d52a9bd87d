// checks: Queue Enqueue/Dequeue/Peek FIFO, Stack Push/Pop/Peek LIFO, enumeration order, empty exceptions, Contains, ToArray
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var q = new Queue<string>();
        q.Enqueue("caller1");
        q.Enqueue("caller2");
        q.Enqueue("caller3");
        Console.WriteLine(q.Count + " " + q.Peek() + " " + string.Join(",", q));
        Console.WriteLine(q.Dequeue() + " " + q.Dequeue() + " " + q.Count);
        q.Enqueue("caller4");
        Console.WriteLine(string.Join(",", q.ToArray()) + " " + q.Contains("caller4"));
        q.Clear();
        try { q.Dequeue(); }
        catch (InvalidOperationException) { Console.WriteLine("InvalidOperationException Dequeue"); }
        var s = new Stack<int>();
        s.Push(1); s.Push(2); s.Push(3);
        Console.WriteLine(s.Peek() + " " + string.Join(",", s) + " " + s.Count);
        Console.WriteLine(s.Pop() + " " + s.Pop() + " " + s.Count);
        try { s.Pop(); s.Pop(); }
        catch (InvalidOperationException) { Console.WriteLine("InvalidOperationException Pop"); }
        var fromArr = new Stack<char>("abc");
        Console.WriteLine(new string(fromArr.ToArray()));
        var q2 = new Queue<int>(new[] { 1, 2, 3 });
        while (q2.Count > 0) { var v = q2.Dequeue(); if (v == 1) q2.Enqueue(10); Console.Write(v + " "); }
        Console.WriteLine();
    }
}
