// checks: arrays and objects passed by value of reference: element changes visible, reassignment not
using System;

class Program
{
    static void Fill(int[] a) { for (int i = 0; i < a.Length; i++) a[i] = i * i; }
    static void Reassign(int[] a) { a = new int[] { 100 }; a[0] = 5; }
    static void ReassignRef(ref int[] a) { a = new int[] { 100 }; }

    static void Main()
    {
        var arr = new int[4];
        Fill(arr);
        Console.WriteLine(string.Join(" ", arr));
        Reassign(arr);
        Console.WriteLine(string.Join(" ", arr));
        ReassignRef(ref arr);
        Console.WriteLine(string.Join(" ", arr));
        string s = "abc";
        string t = s;
        t += "d";
        Console.WriteLine(s + " " + t);
    }
}
