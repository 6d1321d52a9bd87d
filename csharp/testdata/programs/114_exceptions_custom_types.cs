// checks: custom exception hierarchies, custom properties, Message from base constructor, overriding Message, ToString not used
using System;

class PbxException : Exception
{
    public PbxException(string msg) : base(msg) { }
    public PbxException(string msg, Exception inner) : base(msg, inner) { }
}

class RouteFailedException : PbxException
{
    public string Target { get; }
    public RouteFailedException(string target) : base("route to " + target + " failed") { Target = target; }
}

class QuietException : Exception
{
    public override string Message => "quiet override";
}

class Program
{
    static void Main()
    {
        try { throw new RouteFailedException("101"); }
        catch (PbxException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
            var r = e as RouteFailedException;
            Console.WriteLine(r.Target);
            Console.WriteLine(e is Exception);
        }
        try { throw new QuietException(); }
        catch (Exception e) { Console.WriteLine(e.Message); }
        var wrapped = new PbxException("outer", new RouteFailedException("200"));
        Console.WriteLine(wrapped.InnerException.Message);
        Console.WriteLine(new PbxException("m").InnerException == null);
        var ex = new Exception("plain");
        Console.WriteLine(ex.Message + " " + (ex.InnerException == null));
    }
}
