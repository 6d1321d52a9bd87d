using System;
class P : IComparable<P> {
    public int N; public string S;
    public P(int n, string s) { N = n; S = s; }
    public int CompareTo(P o) => N.CompareTo(o.N);
    public override string ToString() => S + N;
}
class Program {
    static string J<T>(T[] a) => string.Join(",", a);
    static void Main() {
        int[] a = { 5, 3, 9, 1, 7, 3 };
        Array.Sort(a);
        Console.WriteLine(J(a));
        Array.Sort(a, (x, y) => y - x);
        Console.WriteLine(J(a));
        Array.Reverse(a);
        Console.WriteLine(J(a) + " " + Array.IndexOf(a, 3) + " " + Array.LastIndexOf(a, 3) + " " + Array.IndexOf(a, 42));
        Console.WriteLine(Array.BinarySearch(a, 7) + " " + Array.BinarySearch(a, 4) + " " + ~Array.BinarySearch(a, 100));
        Array.Resize(ref a, 8);
        Console.WriteLine(J(a) + " " + a.Length);
        Array.Resize(ref a, 2);
        Console.WriteLine(J(a));
        int[] empty = Array.Empty<int>();
        Console.WriteLine(empty.Length);
        int[] b = { 1, 2, 3, 4, 5, 6 };
        Console.WriteLine(Array.Exists(b, x => x > 5) + " " + Array.Find(b, x => x % 4 == 0) + " " + J(Array.FindAll(b, x => x % 2 == 0)) + " " + Array.FindIndex(b, x => x > 2) + " " + Array.TrueForAll(b, x => x > 0) + " " + Array.Find(b, x => x > 10));
        int[] c = new int[8];
        Array.Copy(b, c, 3);
        Array.Copy(b, 3, c, 5, 3);
        Console.WriteLine(J(c));
        Array.Fill(c, 7);
        Array.Clear(c, 1, 2);
        Console.WriteLine(J(c));
        int[] d = (int[])b.Clone();
        d[0] = 100;
        Console.WriteLine(b[0] + " " + d[0]);
        int[,] m = new int[3, 4];
        Console.WriteLine(m.Rank + " " + m.GetLength(1) + " " + m.Length + " " + b.Rank + " " + m.GetUpperBound(0));
        int[] e = new int[10];
        b.CopyTo(e, 2);
        Console.WriteLine(J(e));
        string[] s = { "pear", "Apple", "banana", "apple", "Banana" };
        Array.Sort(s);
        Console.WriteLine(J(s));
        Array.Sort(s, (x, y) => string.CompareOrdinal(x, y));
        Console.WriteLine(J(s));
        P[] ps = { new P(3, "c"), new P(1, "a"), new P(2, "b") };
        Array.Sort(ps);
        Console.WriteLine(J(ps));
        int[] keys = { 3, 1, 2 };
        string[] items = { "three", "one", "two" };
        Array.Sort(keys, items);
        Console.WriteLine(J(keys) + " " + J(items));
        Array.ForEach(keys, k => Console.Write(k * 10 + ";"));
        Console.WriteLine();
        try { Array.Copy(b, c, 20); } catch (ArgumentException ex) { Console.WriteLine(ex.GetType().Name); }
        try { Array.Sort<int>(null); } catch (ArgumentNullException ex) { Console.WriteLine(ex.Message); }
    }
}
// Output:
// 1,3,3,5,7,9
// 9,7,5,3,3,1
// 1,3,3,5,7,9 1 2 -1
// 4 -4 6
// 1,3,3,5,7,9,0,0 8
// 1,3
// 0
// True 4 2,4,6 2 True 0
// 1,2,3,0,0,4,5,6
// 7,0,0,7,7,7,7,7
// 1 100
// 2 4 12 1 2
// 0,0,1,2,3,4,5,6,0,0
// apple,Apple,banana,Banana,pear
// Apple,Banana,apple,banana,pear
// a1,b2,c3
// 1,2,3 one,two,three
// 10;20;30;
// ArgumentException
// Value cannot be null. (Parameter 'array')
