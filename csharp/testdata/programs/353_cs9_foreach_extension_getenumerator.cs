// checks: foreach over a type whose GetEnumerator is an extension method (C# 9), here a Range-like tuple
// expect: hand-checked (C# 9: extension GetEnumerator in foreach)
using System;
using System.Collections.Generic;

static class Ext
{
    public static IEnumerator<int> GetEnumerator(this (int from, int to) r)
    {
        for (int i = r.from; i <= r.to; i++) yield return i;
    }
}

class Program
{
    static void Main()
    {
        foreach (var i in (3, 6)) Console.Write(i + " ");
        Console.WriteLine();
    }
}
