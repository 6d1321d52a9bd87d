// checks: collection initializers call Add (with multiple arguments), index initializers, array initializers, new[] inference, jagged initializers
using System;
using System.Collections;
using System.Collections.Generic;

class Recorder : IEnumerable<string>
{
    readonly List<string> log = new List<string>();
    public void Add(string s) { log.Add("Add(" + s + ")"); }
    public void Add(string k, int v) { log.Add("Add(" + k + "," + v + ")"); }
    public IEnumerator<string> GetEnumerator() { return log.GetEnumerator(); }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
}

class Program
{
    static void Main()
    {
        var r = new Recorder { "a", { "b", 2 }, "c" };
        Console.WriteLine(string.Join(" ", r));
        var d = new Dictionary<string, int> { ["one"] = 1, ["two"] = 2, ["one"] = 11 };
        Console.WriteLine(d.Count + " " + d["one"]);
        int[] a = { 1, 2, 3 };
        var b = new[] { "x", "y" };
        var c = new[] { 1.5, 2 };
        var jag = new[] { new[] { 1 }, new[] { 2, 3 } };
        Console.WriteLine(a.Length + " " + b.GetType().Name + " " + c.GetType().Name + " " + jag[1][1]);
        var list = new List<List<int>> { new List<int> { 1 }, new List<int>() };
        Console.WriteLine(list.Count + " " + list[0][0]);
        var prompts = new List<string>(new[] { "PLSENTER", "PIN" }) { "BEEP" };
        Console.WriteLine(string.Join(",", prompts));
    }
}
