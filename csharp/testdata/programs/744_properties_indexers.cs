// checks: properties and indexers: validation in setters throwing ArgumentException with ParamName, lazy computed properties, private setters, static properties counting instances, an indexer with two parameters, a string-keyed indexer with a default, an indexer overload by type, expression-bodied get/set, auto-property initializers, properties of struct type returned by value
using System;
using System.Collections.Generic;

class Grid
{
    private readonly int[,] cells;
    public Grid(int w, int h) { cells = new int[w, h]; Width = w; Height = h; }
    public int Width { get; }
    public int Height { get; }
    public int this[int x, int y]
    {
        get => InRange(x, y) ? cells[x, y] : -1;
        set { if (!InRange(x, y)) throw new IndexOutOfRangeException($"({x},{y}) outside {Width}x{Height}"); cells[x, y] = value; }
    }
    bool InRange(int x, int y) => x >= 0 && y >= 0 && x < Width && y < Height;
}

class Settings
{
    private readonly Dictionary<string, string> values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
    public string this[string key]
    {
        get { string v; return values.TryGetValue(key, out v) ? v : "<unset>"; }
        set { if (value == null) values.Remove(key); else values[key] = value; }
    }
    public int this[string key, int fallback]
    {
        get { int n; return int.TryParse(this[key], out n) ? n : fallback; }
    }
    public int Count => values.Count;
}

class Person
{
    private static int created;
    public static int Created => created;
    private int age;
    private string fullName;
    public Person() { created++; }
    public string First { get; set; } = "John";
    public string Last { get; private set; } = "Doe";
    public int Age
    {
        get { return age; }
        set
        {
            if (value < 0 || value > 150) throw new ArgumentOutOfRangeException(nameof(Age), value, "age out of range");
            age = value;
        }
    }
    public string FullName => fullName ?? (fullName = First + " " + Last);
    public void Rename(string last) { Last = last; fullName = null; }
    public bool IsAdult => Age >= 18;
}

struct Size { public int W, H; }
class Window { public Size Size { get; set; } = new Size { W = 640, H = 480 }; }

class Program
{
    static void Main()
    {
        var g = new Grid(3, 2);
        g[1, 1] = 5;
        g[2, 0] += 7;
        g[2, 0]++;
        Console.WriteLine(g[1, 1] + " " + g[2, 0] + " " + g[5, 5] + " " + g[0, 0]);
        try { g[3, 0] = 1; } catch (IndexOutOfRangeException e) { Console.WriteLine(e.Message); }

        var s = new Settings();
        s["Timeout"] = "30";
        s["MODE"] = "night";
        Console.WriteLine(s["timeout"] + " " + s["mode"] + " " + s["missing"] + " " + s["TIMEOUT", 5] + " " + s["mode", 5] + " " + s.Count);
        s["mode"] = null;
        Console.WriteLine(s["Mode"] + " " + s.Count);

        var p = new Person();
        Console.WriteLine(p.FullName + " " + p.Age + " " + p.IsAdult);
        p.First = "Jane";
        Console.WriteLine(p.FullName);
        p.Rename("Roe");
        Console.WriteLine(p.FullName);
        p.Age = 30;
        try { p.Age = 200; }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ParamName + " " + e.ActualValue + " " + p.Age); }
        new Person(); new Person { First = "X" };
        Console.WriteLine("created " + Person.Created);

        var w = new Window();
        var size = w.Size;
        size.W = 1024;
        Console.WriteLine(w.Size.W + " " + size.W);
        w.Size = size;
        Console.WriteLine(w.Size.W + "x" + w.Size.H);
    }
}
