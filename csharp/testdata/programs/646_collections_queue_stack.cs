// checks: Queue<T> is FIFO and Stack<T> LIFO: enumeration, ToArray, Peek, Contains and Count; Dequeue/Pop/Peek on an empty collection throw InvalidOperationException; TryDequeue/TryPop
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var calls = new Queue<string>();
        calls.Enqueue("c1"); calls.Enqueue("c2"); calls.Enqueue("c3");
        Console.WriteLine(string.Join(",", calls) + " | " + string.Join(",", calls.ToArray()) + " peek " + calls.Peek());
        Console.WriteLine(calls.Dequeue() + " " + calls.Count + " " + calls.Contains("c1") + " " + calls.Contains("c3"));
        calls.Enqueue("c4");
        while (calls.Count > 0) Console.Write(calls.Dequeue() + " ");
        Console.WriteLine();
        try { calls.Dequeue(); } catch (InvalidOperationException e) { Console.WriteLine("Dequeue: " + e.Message); }
        try { calls.Peek(); } catch (InvalidOperationException e) { Console.WriteLine("Peek: " + e.Message); }
        var menus = new Stack<string>(new[] { "main", "sales", "eu" });
        Console.WriteLine(string.Join(",", menus) + " | " + string.Join(",", menus.ToArray()) + " peek " + menus.Peek());
        Console.WriteLine(menus.Pop() + " " + menus.Pop() + " " + menus.Count);
        menus.Push("support");
        Console.WriteLine(string.Join(",", menus));
        menus.Clear();
        try { menus.Pop(); } catch (InvalidOperationException e) { Console.WriteLine("Pop: " + e.Message); }
        var q = new Queue<int>(new[] { 1, 2 });
        var st = new Stack<int>(q);
        Console.WriteLine(string.Join(",", st));
        try { foreach (var n in q) q.Enqueue(n + 10); }
        catch (InvalidOperationException) { Console.WriteLine("Enqueue while enumerating: InvalidOperationException " + q.Count); }
    }
}
