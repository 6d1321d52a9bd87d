// checks: token callbacks run synchronously inside Cancel in reverse registration order; disposed registrations do not run; linked sources
using System;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static void Main()
    {
        var cts = new CancellationTokenSource();
        cts.Token.Register(() => Console.WriteLine("callback 1"));
        var reg = cts.Token.Register(() => Console.WriteLine("callback 2 (disposed)"));
        cts.Token.Register(() => Console.WriteLine("callback 3"));
        reg.Dispose();
        Console.WriteLine("before Cancel");
        cts.Cancel();
        Console.WriteLine("after Cancel");
        cts.Cancel();
        Console.WriteLine("second Cancel is a no-op");
        cts.Token.Register(() => Console.WriteLine("registered after cancel runs immediately"));
        Console.WriteLine("after late Register");
        var parent = new CancellationTokenSource();
        var other = new CancellationTokenSource();
        var linked = CancellationTokenSource.CreateLinkedTokenSource(parent.Token, other.Token);
        linked.Token.Register(() => Console.WriteLine("linked cancelled"));
        Console.WriteLine(linked.IsCancellationRequested);
        other.Cancel();
        Console.WriteLine(linked.IsCancellationRequested + " " + parent.IsCancellationRequested);
        var child = CancellationTokenSource.CreateLinkedTokenSource(parent.Token);
        child.Cancel();
        Console.WriteLine(child.IsCancellationRequested + " " + parent.IsCancellationRequested);
        var canceled = new CancellationToken(true);
        Console.WriteLine(canceled.IsCancellationRequested);
    }
}
