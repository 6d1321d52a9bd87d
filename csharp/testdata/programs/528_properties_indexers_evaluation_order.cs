// checks: compound assignment and ++ on properties and indexers call get once then set once, with receiver and index evaluated once, left to right; prefix/postfix results; multi-parameter indexers; property setters with side effects; indexer overloads by parameter type
using System;
using System.Collections.Generic;

class Cell
{
    int v;
    public int V
    {
        get { Console.WriteLine("  get V=" + v); return v; }
        set { Console.WriteLine("  set V=" + value); v = value; }
    }
}

class Grid
{
    readonly Dictionary<string, int> data = new Dictionary<string, int>();
    public int this[int r, int c]
    {
        get { Console.WriteLine("  get [" + r + "," + c + "]"); return data.TryGetValue(r + ":" + c, out var x) ? x : 0; }
        set { Console.WriteLine("  set [" + r + "," + c + "]=" + value); data[r + ":" + c] = value; }
    }
    public string this[string key]
    {
        get { return "key " + key; }
    }
}

class Program
{
    static Cell cell = new Cell();
    static Cell GetCell(string why) { Console.WriteLine("  receiver for " + why); return cell; }
    static int Idx(int i) { Console.WriteLine("  index " + i); return i; }

    static void Main()
    {
        Console.WriteLine("compound:");
        GetCell("+=").V += 5;
        Console.WriteLine("postfix:");
        int old = GetCell("++").V++;
        Console.WriteLine("  old " + old);
        Console.WriteLine("prefix:");
        int now = ++GetCell("++pre").V;
        Console.WriteLine("  now " + now);
        Console.WriteLine("assign chain:");
        int a = GetCell("=").V = 42;
        Console.WriteLine("  a " + a);
        var g = new Grid();
        Console.WriteLine("indexer compound:");
        g[Idx(1), Idx(2)] += 7;
        g[Idx(1), Idx(2)] *= 3;
        Console.WriteLine("  value " + g[1, 2]);
        Console.WriteLine(g["x"]);
        var arr = new int[3];
        int i = 0;
        arr[i++] += i * 10;
        Console.WriteLine(string.Join(",", arr) + " i=" + i);
        var list = new List<int> { 1, 2, 3 };
        list[Idx(2)] -= 10;
        Console.WriteLine(string.Join(",", list));
        var d = new Dictionary<string, int>();
        d["k"] = d.TryGetValue("k", out var prev) ? prev + 1 : 1;
        d["k"] += 1;
        Console.WriteLine(d["k"]);
    }
}
