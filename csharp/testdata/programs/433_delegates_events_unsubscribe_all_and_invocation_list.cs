// checks: GetInvocationList order, invoking handlers individually with exception isolation, Delegate.Remove and RemoveAll
using System;

class Program
{
    static void Main()
    {
        Action<string> handlers = null;
        handlers += s => Console.WriteLine("h1 " + s);
        handlers += s => { throw new InvalidOperationException("h2 broke"); };
        handlers += s => Console.WriteLine("h3 " + s);
        foreach (Action<string> h in handlers.GetInvocationList())
        {
            try { h("event"); }
            catch (InvalidOperationException e) { Console.WriteLine("isolated: " + e.Message); }
        }
        Action a = () => Console.Write("a");
        Action b = () => Console.Write("b");
        Action chain = a + b + a + b + a;
        chain(); Console.WriteLine();
        var removed = (Action)Delegate.RemoveAll(chain, a);
        removed(); Console.WriteLine();
        var one = (Action)Delegate.Remove(chain, a);
        one(); Console.WriteLine();
        Console.WriteLine(chain.GetInvocationList().Length + " " + removed.GetInvocationList().Length);
    }
}
