// checks: EventHandler<T> with custom EventArgs, event accessors add/remove, handler list copy during raise
using System;

class DtmfEventArgs : EventArgs
{
    public char Digit { get; }
    public DtmfEventArgs(char d) { Digit = d; }
}

class Call
{
    private EventHandler<DtmfEventArgs> handlers;
    public event EventHandler<DtmfEventArgs> Dtmf
    {
        add { Console.WriteLine("add handler"); handlers += value; }
        remove { Console.WriteLine("remove handler"); handlers -= value; }
    }
    public void Raise(char d)
    {
        var h = handlers;
        if (h != null) h(this, new DtmfEventArgs(d));
    }
}

class Program
{
    static void Main()
    {
        var call = new Call();
        EventHandler<DtmfEventArgs> h1 = (s, e) => Console.WriteLine("h1 got " + e.Digit);
        EventHandler<DtmfEventArgs> h2 = null;
        h2 = (s, e) =>
        {
            Console.WriteLine("h2 got " + e.Digit + ", adding another");
            ((Call)s).Dtmf += (s2, e2) => Console.WriteLine("late handler " + e2.Digit);
        };
        call.Dtmf += h1;
        call.Dtmf += h2;
        call.Raise('7');
        call.Dtmf -= h2;
        call.Raise('#');
    }
}
