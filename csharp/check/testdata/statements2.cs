// Statements on values of the wrong kind: throw (CS0155), lock (CS0185),
// using (CS1674), foreach with an explicit type (CS0030); readonly fields
// (CS0191), array indexes (CS0022), integer literals to enums (CS0266).
using System;
using System.Collections.Generic;

enum Color { Red, Green }

class Holder
{
    readonly int r = 1;
    readonly List<int> items;
    public Holder() { r = 2; items = new List<int>(); }
    int init;
    public int Init { get => init; init { r = value; init = value; } }
    public void Reset() { /* ERROR "CS0191" "A readonly field cannot be assigned to" */ r = 3; items.Clear(); }
    public int R => r;
}

class Res : IDisposable { public void Dispose() { } }

class Program
{
    static void Main()
    {
        throw /* ERROR "CS0155" "The type caught or thrown must be derived from System.Exception" */ new object();
    }

    static void Others(List<int> list, int[,] grid, int[] flat, object gate)
    {
        int i = 0;
        lock (/* ERROR "CS0185" "'int' is not a reference type as required by the lock statement" */ i) { }
        lock (gate) { }
        using (/* ERROR "CS1674" "'object': type used in a using statement must be implicitly convertible to 'System.IDisposable'" */ gate) { }
        using (var r = new Res()) { }
        using var r2 = new Res();
        using var o /* ERROR "CS1674" */ = new object();
        foreach (/* ERROR "CS0030" "Cannot convert type 'int' to 'string'" */ string s in list) { }
        foreach (long l in list) { }
        foreach (object x in list) { }
        grid[1, 2] = 3;
        flat[/* ERROR "CS0022" "Wrong number of indices inside \\[\\]; expected 1" */ 0, 1] = 2;
        Color c = 0;
        Color d = /* ERROR "CS0266" "Cannot implicitly convert type 'int' to 'Color'" */ 1;
        Color e = (Color)1;
        var h = new Holder { Init = 3 };
        Exception ex = null;
        if (ex != null) throw ex;
        string msg = null;
        var v = msg ?? throw new InvalidOperationException();
        var w = msg ?? throw /* ERROR "CS0155" */ new object();
    }
}

class Sections
{
    static void M(int x)
    {
        switch (x)
        {
            /* ERROR "CS0163" "Control cannot fall through from one case label \\('case 1:'\\) to another" */ case 1:
                Console.WriteLine(1);
            case 2:
            case 3:
                break;
            case 4:
                return;
            case 5:
                throw new Exception();
            case 6:
                while (true) { }
            case 7:
                goto case 2;
            case 8:
                if (x > 1) break; else return;
            case 9:
                {
                    Console.WriteLine(9);
                    break;
                }
            /* ERROR "CS8070" "Control cannot fall out of switch from final case label \\('default:'\\)" */ default:
                Console.WriteLine(2);
        }
        switch (x)
        {
            case 1: break;
            /* ERROR "CS8070" "'case 2 when x > 3:'" */ case 2 when x > 3:
                x++;
        }
    }
}

class Operators
{
    static void M(ulong u, double d, decimal m, int i)
    {
        var a = /* ERROR "CS0023" "Operator '-' cannot be applied to operand of type 'ulong'" */ -u;
        var b = /* ERROR "CS0023" "Operator '~' cannot be applied to operand of type 'double'" */ ~d;
        var c = -m + ~i + -9223372036854775808;
        var n = /* ERROR "CS8754" "There is no target type for 'new\\(\\)'" */ new();
        object o = new();
        Console.WriteLine(a + b + c);
    }
}

class Catches
{
    class MyError : Exception { }
    class NotAnError { }

    static void M()
    {
        try { }
        catch (InvalidOperationException) { }
        catch (Exception e) when (e.Message == "x") { }
        catch (/* ERROR "CS0160" "A previous catch clause already catches all exceptions of this or of a super type \\('System.InvalidOperationException'\\)" */ InvalidOperationException) { }
        catch (MyError) { }
        catch (Exception) { }
        catch (/* ERROR "CS0160" "'Catches.MyError'" */ MyError) { }
        try { }
        catch (/* ERROR "CS0155" */ NotAnError) { }
    }
}
