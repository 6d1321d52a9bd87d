// checks: query orderby: ascending by default, descending, several keys (ThenBy/ThenByDescending), stable for equal keys
using System;
using System.Linq;

class Program
{
    class Call
    {
        public string From;
        public int Duration;
        public int Queue;
        public Call(string from, int duration, int queue) { From = from; Duration = duration; Queue = queue; }
        public override string ToString() { return From + "(" + Queue + "," + Duration + ")"; }
    }

    static void Main()
    {
        var calls = new[]
        {
            new Call("101", 30, 2), new Call("102", 10, 1), new Call("103", 30, 1),
            new Call("104", 20, 2), new Call("105", 10, 2), new Call("106", 30, 1),
        };
        Console.WriteLine(string.Join(" ", from c in calls orderby c.Duration select c));
        Console.WriteLine(string.Join(" ", from c in calls orderby c.Duration descending select c));
        Console.WriteLine(string.Join(" ", from c in calls orderby c.Queue, c.Duration descending select c));
        Console.WriteLine(string.Join(" ", from c in calls orderby c.Queue descending, c.Duration ascending, c.From descending select c.From));
        Console.WriteLine(string.Join(" ", from c in calls where c.Duration > 10 orderby c.From.Length, c.Queue select c.From));
        var words = new[] { "delta", "Alpha", "charlie", "bravo", "echo" };
        Console.WriteLine(string.Join(",", from w in words orderby w.Length, w select w));
        Console.WriteLine(string.Join(",", from w in words orderby w.ToLower() descending select w));
    }
}
