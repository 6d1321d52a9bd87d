// Members used the wrong way: set-only properties read (CS0154), method
// groups assigned (CS1656) or converted to a value (CS0428); throw; outside
// a catch clause (CS0156) or in a finally inside one (CS0724).
using System;

class Q
{
    int w;
    public int W { set { w = value; } }
    public int this[int i] { set { w = i + value; } }
    public static void S() { }
    public int Read() => w;
}

class Program
{
    static string Base() => /* ERROR "CS1511" "Keyword 'base' is not available in a static method" */ base.ToString();

    static void Main()
    {
        var q = new Q();
        q.W = 3;
        q[1] = 2;
        Console.WriteLine(/* ERROR "CS0154" "The property or indexer 'Q.W' cannot be used in this context because it lacks the get accessor" */ q.W);
        int x = /* ERROR "CS0154" */ q.W + 1;
        /* ERROR "CS1656" "Cannot assign to 'S' because it is a 'method group'" */ Q.S = null;
        int y = /* ERROR "CS0428" "Cannot convert method group 'Read' to non-delegate type 'int'. Did you intend to invoke the method\\?" */ q.Read;
        Action a = Q.S;
        object o = Q.S;
        try { }
        catch (Exception)
        {
            try { throw; }
            finally { /* ERROR "CS0724" */ throw; }
        }
        /* ERROR "CS0156" "A throw statement with no arguments is not allowed outside of a catch clause" */ throw;
    }
}
