// checks: collection expressions targeting HashSet<T>, IReadOnlyList<T>, Span-free arrays of arrays, and spreads of other collections
// expect: hand-checked (C# 12: collection expressions)
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        HashSet<string> vip = ["+4930", "+4940", "+4930"];
        Console.WriteLine(vip.Count + " " + vip.Contains("+4940"));
        IReadOnlyList<int> ro = [5, 6, 7];
        Console.WriteLine(ro.Count + " " + ro[2]);
        int[][] grid = [[1, 2], [3], []];
        Console.WriteLine(grid.Length + " " + grid[0][1] + " " + grid[2].Length);
        List<string> more = ["x", .. vip, "y"];
        Console.WriteLine(string.Join(",", more));
        IEnumerable<char> chars = ['a', .. "bc"];
        Console.WriteLine(string.Concat(chars));
    }
}
