// checks: nested classes, structs and enums; access to outer private static members; qualified names
using System;

class Outer
{
    private static int secret = 42;
    public enum State { On, Off }

    public class Inner
    {
        public int Peek() { return secret; }
        public class Deeper
        {
            public string Where() { return "deep " + State.Off; }
        }
    }

    private struct Pair { public int A, B; }

    public int SumPair()
    {
        var p = new Pair { A = 3, B = 4 };
        return p.A + p.B;
    }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new Outer.Inner().Peek());
        Console.WriteLine(new Outer.Inner.Deeper().Where());
        Outer.State s = Outer.State.On;
        Console.WriteLine(s);
        Console.WriteLine(new Outer().SumPair());
        Console.WriteLine(typeof(Outer.Inner.Deeper).Name);
        Console.WriteLine(typeof(Outer.Inner).FullName);
    }
}
