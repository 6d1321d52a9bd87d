// checks: int? HasValue/Value, InvalidOperationException on Value of null, lifted arithmetic and comparisons, conversions
using System;

class Program
{
    static void Main()
    {
        int? a = 3;
        int? b = null;
        Console.WriteLine(a.HasValue + " " + b.HasValue + " " + a.Value);
        try { Console.WriteLine(b.Value); }
        catch (InvalidOperationException) { Console.WriteLine("InvalidOperationException"); }
        int? sum = a + b;
        Console.WriteLine(sum == null);
        Console.WriteLine((a * 2) + " " + (-a) + " " + (a << 1));
        Console.WriteLine((a == 3) + " " + (b == 3) + " " + (b != 3) + " " + (b < 3) + " " + (b >= 3));
        Console.WriteLine((b == null) + " " + (null == b));
        int c = (int)a;
        Console.WriteLine(c);
        try { int d = (int)b; Console.WriteLine(d); }
        catch (InvalidOperationException) { Console.WriteLine("InvalidOperationException on cast"); }
        long? l = a;
        Console.WriteLine(l);
        double? dn = null;
        Console.WriteLine("[" + dn + "]" + (dn.ToString() == ""));
        Console.WriteLine(a.Equals(3) + " " + b.Equals(null) + " " + a.GetHashCode().Equals(3.GetHashCode()));
        int? e = 5;
        e++;
        e += null;
        Console.WriteLine(e.HasValue);
        DateTime? when = null;
        Console.WriteLine(when?.Year == null);
        bool? flag = null;
        if (flag == true) Console.WriteLine("true"); else if (flag == false) Console.WriteLine("false"); else Console.WriteLine("unknown");
    }
}
