// checks: Nullable<T>: lifted arithmetic and comparison (null propagates, comparisons with null are false, == null true), bool? three-valued & and |, ?? chains, GetValueOrDefault, HasValue/Value throwing InvalidOperationException, nullable in collections and as dictionary values, boxing a null nullable gives null, int? from a method
using System;
using System.Collections.Generic;

class Program
{
    static int? Find(Dictionary<string, int> d, string k) { int v; return d.TryGetValue(k, out v) ? v : (int?)null; }
    static string Show(int? x) => x.HasValue ? x.Value.ToString() : "null";
    static string ShowB(bool? b) => b.HasValue ? b.Value.ToString() : "null";

    static void Main()
    {
        int? a = 5, b = null;
        Console.WriteLine(Show(a + 1) + " " + Show(a + b) + " " + Show(b * 2) + " " + Show(-b));
        Console.WriteLine((a > 3) + " " + (b > 3) + " " + (b < 3) + " " + (b == null) + " " + (a != null) + " " + (b == b));
        Console.WriteLine((a == 5) + " " + (b != 5) + " " + (b >= b));
        bool? t = true, f = false, n = null;
        Console.WriteLine(ShowB(t & n) + " " + ShowB(f & n) + " " + ShowB(t | n) + " " + ShowB(f | n) + " " + ShowB(n ^ t) + " " + ShowB(!n));
        Console.WriteLine(b ?? a ?? 0);
        int? c = null;
        Console.WriteLine((c ?? b ?? -1) + " " + b.GetValueOrDefault() + " " + b.GetValueOrDefault(9) + " " + a.GetValueOrDefault(9));
        try { int v = b.Value; Console.WriteLine(v); }
        catch (InvalidOperationException) { Console.WriteLine("no value"); }
        try { int v = (int)b; Console.WriteLine(v); }
        catch (InvalidOperationException) { Console.WriteLine("cast: no value"); }
        var d = new Dictionary<string, int> { ["x"] = 1 };
        Console.WriteLine(Show(Find(d, "x")) + " " + Show(Find(d, "y")));
        var list = new List<int?> { 3, null, 1, null, 2 };
        list.Sort();
        Console.WriteLine(string.Join(",", list.ConvertAll(Show)));
        int sum = 0; foreach (var x in list) sum += x ?? 100;
        Console.WriteLine(sum);
        object boxed = b;
        Console.WriteLine(boxed == null);
        object boxed2 = a;
        Console.WriteLine(boxed2.GetType().Name + " " + (boxed2 is int) + " " + (boxed2 is int?));
        double? dd = 2.5;
        Console.WriteLine(dd * 2 + " " + (dd + null == null));
        int? m = 10;
        m += 5; m++;
        Console.WriteLine(m);
        m = null; m += 5; m++;
        Console.WriteLine(Show(m) + " " + (m.ToString() == "") + " " + m.Equals(null) + " " + a.Equals(5));
        DateTime? when = null;
        Console.WriteLine(when?.Year.ToString() ?? "no date");
        when = new DateTime(2024, 6, 1);
        Console.WriteLine(when?.Year.ToString() ?? "no date");
        Console.WriteLine(Nullable.Compare(a, b) + " " + Nullable.Equals(b, c));
    }
}
