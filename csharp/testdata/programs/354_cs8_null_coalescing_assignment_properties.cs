// checks: ??= on properties and array elements evaluates the receiver once; ?. with ??= chains
// expect: hand-checked (C# 8: ??= operator)
using System;

class Holder
{
    int gets;
    string name;
    public string Name { get { gets++; return name; } set { Console.WriteLine("set " + value); name = value; } }
    public int Gets => gets;
}

class Program
{
    static int index;
    static int Next() { Console.WriteLine("index evaluated"); return index++; }

    static void Main()
    {
        var h = new Holder();
        h.Name ??= "first";
        h.Name ??= "second";
        Console.WriteLine(h.Name + " gets=" + h.Gets);
        var arr = new string[2];
        arr[Next()] ??= "a";
        Console.WriteLine(arr[0] + " " + (arr[1] ?? "null") + " " + index);
    }
}
