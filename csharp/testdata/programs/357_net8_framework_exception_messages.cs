// checks: Message texts of framework exceptions as .NET 8 words them (scripts log ex.Message), including "(Parameter 'x')" suffixes and key values
// expect: hand-checked (.NET 8 differs from Mono: framework exception messages differ between the runtimes)
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

class Program
{
    static void Try(Action a)
    {
        try { a(); Console.WriteLine("no exception"); }
        catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        int zero = 0;
        string s = null;
        object o = "text";
        int[] arr = new int[1];
        var d = new Dictionary<string, int> { ["k"] = 1 };
        int? none = null;
        Try(() => throw new ArgumentNullException("caller"));
        Try(() => throw new ArgumentOutOfRangeException("slot"));
        Try(() => Console.WriteLine(1 / zero));
        Try(() => Console.WriteLine(s.Length));
        Try(() => Console.WriteLine(arr[2]));
        Try(() => Console.WriteLine((int)o));
        Try(() => Console.WriteLine(d["missing"]));
        Try(() => d.Add("k", 2));
        Try(() => new int[0].First());
        Try(() => new[] { 1, 2 }.Single());
        Try(() => new[] { 1, 2 }.First(x => x > 5));
        Try(() => Console.WriteLine(none.Value));
        Try(() => { var l = new List<int> { 1 }; foreach (var x in l) l.Add(2); });
        Try(() => { int big = int.MaxValue; Console.WriteLine(checked(big + 1)); });
        Try(() => throw new TaskCanceledException());
        Try(() => throw new OperationCanceledException());
        Try(() => throw new AggregateException(new Exception("first"), new Exception("second")));
        Try(() => throw new Exception());
        Try(() => throw new InvalidOperationException());
    }
}
