// checks: one-dimensional, multidimensional and jagged arrays, Length, Rank, GetLength, bounds exceptions
using System;

class Program
{
    static void Main()
    {
        int[] a = { 3, 1, 2 };
        Console.WriteLine(a.Length + " " + a[0] + a[1] + a[2]);
        int[,] m = new int[2, 3];
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 3; j++)
                m[i, j] = i * 10 + j;
        Console.WriteLine(m.Length + " " + m.Rank + " " + m.GetLength(0) + " " + m.GetLength(1) + " " + m[1, 2]);
        int[][] jag = new int[2][];
        jag[0] = new int[] { 1 };
        jag[1] = new int[] { 2, 3, 4 };
        Console.WriteLine(jag[1].Length + " " + jag[1][2]);
        string[] names = new string[] { "b", "a" };
        Array.Sort(names);
        Console.WriteLine(string.Join(",", names));
        Array.Reverse(a);
        Console.WriteLine(string.Join(",", a));
        Console.WriteLine(Array.IndexOf(a, 1));
        int[] copy = (int[])a.Clone();
        copy[0] = 99;
        Console.WriteLine(a[0] + " " + copy[0]);
        try
        {
            Console.WriteLine(a[3]);
        }
        catch (IndexOutOfRangeException)
        {
            Console.WriteLine("IndexOutOfRangeException");
        }
        int[,] init = { { 1, 2 }, { 3, 4 } };
        foreach (int x in init) Console.Write(x);
        Console.WriteLine();
        var empty = new int[0];
        Console.WriteLine(empty.Length);
        int[] resized = { 1, 2 };
        Array.Resize(ref resized, 4);
        Console.WriteLine(string.Join(",", resized));
    }
}
