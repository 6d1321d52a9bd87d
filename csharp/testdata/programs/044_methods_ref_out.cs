// checks: ref and out parameters, aliasing of the same variable, out var, ref to array elements and fields
using System;

class Box { public int V; }

class Program
{
    static void Swap(ref int a, ref int b) { int t = a; a = b; b = t; }
    static void Twice(ref int a, ref int b) { a *= 2; b *= 2; }
    static bool Split(string s, out string left, out string right)
    {
        int i = s.IndexOf('=');
        if (i < 0) { left = right = null; return false; }
        left = s.Substring(0, i);
        right = s.Substring(i + 1);
        return true;
    }
    static void Init(out int x) { x = 42; }
    static void Reset(ref string s) { s = "reset"; }

    static void Main()
    {
        int x = 1, y = 2;
        Swap(ref x, ref y);
        Console.WriteLine(x + " " + y);
        int z = 3;
        Twice(ref z, ref z);
        Console.WriteLine(z);
        string l, r;
        Console.WriteLine(Split("key=value", out l, out r) + " " + l + " " + r);
        Console.WriteLine(Split("novalue", out l, out r) + " " + (l == null));
        if (Split("a=b=c", out var left, out var right)) Console.WriteLine(left + "|" + right);
        int[] arr = { 5, 6 };
        Swap(ref arr[0], ref arr[1]);
        Console.WriteLine(arr[0] + "," + arr[1]);
        var box = new Box { V = 7 };
        Init(out box.V);
        Console.WriteLine(box.V);
        string s = "orig";
        Reset(ref s);
        Console.WriteLine(s);
        Init(out int fresh);
        Console.WriteLine(fresh);
    }
}
