// checks: route-point style waiting queue: Queue<T> positions, estimated wait with TimeSpan multiplication via FromSeconds, announcement text formatting
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var queue = new Queue<string>(new[] { "+4930111", "+4930222", "+4930333", "+4930444" });
        var avgHandle = TimeSpan.FromSeconds(90);
        int agents = 2;
        int pos = 0;
        foreach (var caller in queue)
        {
            pos++;
            var wait = TimeSpan.FromSeconds(avgHandle.TotalSeconds * ((pos - 1) / agents));
            Console.WriteLine(string.Format("{0}: position {1}, estimated wait {2} min", caller, pos, (int)wait.TotalMinutes));
        }
        var served = queue.Dequeue();
        Console.WriteLine("served " + served + ", next " + queue.Peek() + ", remaining " + queue.Count);
        Console.WriteLine(string.Join(" ", queue.Select((c, i) => (i + 1) + "=" + c.Substring(c.Length - 3))));
    }
}
