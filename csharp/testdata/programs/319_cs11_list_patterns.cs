// checks: list patterns: exact length, slices .., var captures, nested patterns, on arrays and strings via Length/indexer
// expect: hand-checked (C# 11: list patterns)
using System;

class Program
{
    static string Describe(int[] xs) => xs switch
    {
        [] => "empty",
        [var one] => "one element " + one,
        [1, 2, ..] => "starts with 1,2",
        [.., 0] => "ends with 0",
        [var first, .., var last] => "first " + first + " last " + last,
    };

    static void Main()
    {
        Console.WriteLine(Describe(new int[0]));
        Console.WriteLine(Describe(new[] { 7 }));
        Console.WriteLine(Describe(new[] { 1, 2, 3, 4 }));
        Console.WriteLine(Describe(new[] { 5, 0 }));
        Console.WriteLine(Describe(new[] { 5, 6, 7 }));
        string code = "*72";
        if (code is ['*', var a, var b] && char.IsDigit(b)) Console.WriteLine("feature code " + a + b);
        Console.WriteLine(new[] { 1, 2, 3 } is [_, > 1, ..]);
        Console.WriteLine(new[] { "PIN", "BEEP" } is ["PIN", ..]);
    }
}
