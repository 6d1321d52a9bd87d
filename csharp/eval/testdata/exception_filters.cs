using System;
class E1 : Exception { public int Code; public E1(int c) : base("e" + c) { Code = c; } }
class Program {
    static bool Log(string s, bool r) { Console.WriteLine("filter " + s); return r; }
    static bool Bad() { throw new InvalidOperationException("in filter"); }
    static void Deep(int n) {
        try {
            if (n == 0) throw new E1(7);
            Deep(n - 1);
        } finally { Console.WriteLine("finally " + n); }
    }
    static void Main() {
        // Filters run before the inner finally blocks (two-pass dispatch).
        try { Deep(2); }
        catch (E1 e) when (Log("outer " + e.Code, true)) { Console.WriteLine("caught " + e.Message); }
        // A false filter lets the search continue outward; an inner catch without
        // a filter that matches stops it (outer filter never runs).
        try {
            try {
                try { throw new E1(1); }
                finally { Console.WriteLine("f1"); }
            } catch (E1) when (Log("middle", false)) { Console.WriteLine("never"); }
        } catch (Exception e) when (Log("top", true)) { Console.WriteLine("top caught " + e.Message); }
        try {
            try { throw new E1(2); }
            catch (E1 e) { Console.WriteLine("inner caught " + e.Code); }
        } catch (Exception) when (Log("not run", true)) { }
        // An exception inside a filter counts as false and is not seen outside.
        try {
            try { throw new E1(3); }
            catch (E1) when (Bad()) { Console.WriteLine("never"); }
            catch (E1 e) { Console.WriteLine("second clause " + e.Code); }
        } catch (InvalidOperationException) { Console.WriteLine("wrong"); }
        // throw; inside a catch starts a new dispatch.
        try {
            try { throw new E1(4); }
            catch (E1 e) when (e.Code == 4) { Console.WriteLine("rethrow"); throw; }
            finally { Console.WriteLine("f4"); }
        } catch (E1 e) when (Log("after rethrow " + e.Code, true)) { Console.WriteLine("done"); }
    }
}
// Output:
// filter outer 7
// finally 0
// finally 1
// finally 2
// caught e7
// filter middle
// filter top
// f1
// top caught e1
// inner caught 2
// second clause 3
// rethrow
// filter after rethrow 4
// f4
// done
