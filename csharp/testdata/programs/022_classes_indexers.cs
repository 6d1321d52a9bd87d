// checks: indexers with int and string keys, overloaded indexers, get/set, multiple parameters
using System;
using System.Collections.Generic;

class Grid
{
    private readonly int[,] cells = new int[3, 3];
    public int this[int r, int c]
    {
        get { return cells[r, c]; }
        set { cells[r, c] = value; }
    }
}

class Bag
{
    private readonly Dictionary<string, string> data = new Dictionary<string, string>();
    public string this[string key]
    {
        get { string v; return data.TryGetValue(key, out v) ? v : "(none)"; }
        set { data[key] = value; }
    }
    public string this[int i] => "index " + i;
}

class Program
{
    static void Main()
    {
        var g = new Grid();
        g[1, 2] = 5;
        g[1, 2] += 10;
        Console.WriteLine(g[1, 2] + " " + g[0, 0]);
        var b = new Bag();
        b["a"] = "apple";
        Console.WriteLine(b["a"] + " " + b["z"] + " " + b[7]);
        b["a"] += " pie";
        Console.WriteLine(b["a"]);
    }
}
