using System.Collections;
using System.Collections.Generic;
class Bag<T> : IEnumerable<T> {
    private T[] items = new T[8];
    private int n;
    public void Add(T x) { items[n++] = x; }
    public IEnumerator<T> GetEnumerator() { for (int i = n - 1; i >= 0; i--) yield return items[i]; }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
}
class P {
    static void Main() {
        var b = new Bag<string>();
        b.Add("a"); b.Add("b"); b.Add("c");
        foreach (var s in b) System.Console.Write(s);
        System.Console.WriteLine();
        var e = b.GetEnumerator();
        while (e.MoveNext()) System.Console.Write(e.Current + ";");
        System.Console.WriteLine();
    }
}
// Output:
// cba
// c;b;a;
