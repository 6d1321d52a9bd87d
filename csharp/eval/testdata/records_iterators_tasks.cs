using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
record Party(string Number);
record Ext(string Number, string Name) : Party(Number);
class Program {
    static T Id<T>(T x) => x;
    static IEnumerable<int> Gen() {
        try { yield return 1; yield return 2; }
        finally { Console.WriteLine("iterator finally"); }
    }
    static async Task Main() {
        var a = new Ext("101", "ann");
        Console.WriteLine(a + " " + (a == new Ext("101", "ann")) + " " + (new Party("1") == new Party("2")));
        var (n, m) = a;
        Console.WriteLine(n + "/" + m + " " + Id<string>("id"));
        var x = new { A = 1, B = "b" };
        var y = new { A = 1, B = "b" };
        Console.WriteLine(x.Equals(y) + " " + (x.GetHashCode() == y.GetHashCode()) + " " + x);
        foreach (var i in Gen()) { Console.WriteLine(i); break; }
        var d = Task.Delay(0);
        Console.WriteLine(d.Status);
        var cts = new CancellationTokenSource();
        cts.Cancel();
        var r = Task.Run(() => Console.WriteLine("never"), cts.Token);
        try { await r; } catch (OperationCanceledException) { Console.WriteLine("canceled " + r.Status); }
    }
}
// Output:
// Ext { Number = 101, Name = ann } True False
// 101/ann id
// True True { A = 1, B = b }
// 1
// iterator finally
// RanToCompletion
// canceled Canceled
