// checks: an abstract class implementing an interface with abstract members, virtual interface implementation re-overridden
using System;

interface IRunner { string Run(); string Stop(); }

abstract class BaseRunner : IRunner
{
    public abstract string Run();
    public virtual string Stop() { return "base stop"; }
}

class Fast : BaseRunner
{
    public override string Run() { return "fast run"; }
    public override string Stop() { return "fast stop, then " + base.Stop(); }
}

class Slow : BaseRunner
{
    public override string Run() { return "slow run"; }
}

class Program
{
    static void Main()
    {
        IRunner[] rs = { new Fast(), new Slow() };
        foreach (var r in rs) Console.WriteLine(r.Run() + " / " + r.Stop());
    }
}
