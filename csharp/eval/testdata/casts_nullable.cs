using System;
class P {
    static void Main() {
        object o = 42;
        try { long l = (long)o; Console.WriteLine(l); } catch (InvalidCastException) { Console.WriteLine("InvalidCastException"); }
        Console.WriteLine((int)o + 1);
        int? n = null;
        try { int x = (int)n; Console.WriteLine(x); } catch (InvalidOperationException) { Console.WriteLine("InvalidOperationException"); }
        double? d = null;
        Console.WriteLine("[" + d.ToString() + "] " + d.GetHashCode() + " " + d.Equals(null));
        n = 7;
        Console.WriteLine((int)n + " " + n.ToString());
    }
}
// Output:
// InvalidCastException
// 43
// InvalidOperationException
// [] 0 True
// 7 7
