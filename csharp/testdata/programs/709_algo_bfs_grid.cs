// checks: breadth-first search on a char grid with Queue<(int,int)>, visited bool[,], parent map Dictionary keyed by tuples, path reconstruction with Stack, tuple-element names on a static array, jagged vs rectangular arrays, GetLength
using System;
using System.Collections.Generic;

class Program
{
    static readonly (int dr, int dc)[] Dirs = { (-1, 0), (1, 0), (0, -1), (0, 1) };

    static List<(int, int)> Bfs(string[] grid, (int, int) start, (int, int) goal)
    {
        int rows = grid.Length, cols = grid[0].Length;
        var seen = new bool[rows, cols];
        var parent = new Dictionary<(int, int), (int, int)>();
        var q = new Queue<(int, int)>();
        q.Enqueue(start);
        seen[start.Item1, start.Item2] = true;
        while (q.Count > 0)
        {
            var cur = q.Dequeue();
            if (cur.Equals(goal))
            {
                var path = new Stack<(int, int)>();
                for (var p = goal; ; p = parent[p])
                {
                    path.Push(p);
                    if (p.Equals(start)) break;
                }
                return new List<(int, int)>(path);
            }
            foreach (var d in Dirs)
            {
                int dr = d.dr, dc = d.dc;
                int r = cur.Item1 + dr, c = cur.Item2 + dc;
                if (r < 0 || c < 0 || r >= rows || c >= cols) continue;
                if (grid[r][c] == '#' || seen[r, c]) continue;
                seen[r, c] = true;
                parent[(r, c)] = cur;
                q.Enqueue((r, c));
            }
        }
        return null;
    }

    static void Main()
    {
        string[] grid =
        {
            "S..#....",
            ".#.#.##.",
            ".#...#..",
            ".####.#.",
            "......#G",
        };
        var s = (0, 0);
        var g = (0, 0);
        for (int r = 0; r < grid.Length; r++)
            for (int c = 0; c < grid[r].Length; c++)
            {
                if (grid[r][c] == 'S') s = (r, c);
                if (grid[r][c] == 'G') g = (r, c);
            }
        var path = Bfs(grid, s, g);
        Console.WriteLine("steps " + (path.Count - 1));
        var canvas = new char[grid.Length][];
        for (int r = 0; r < grid.Length; r++) canvas[r] = grid[r].ToCharArray();
        foreach (var p in path)
            if (canvas[p.Item1][p.Item2] == '.') canvas[p.Item1][p.Item2] = '*';
        foreach (var row in canvas) Console.WriteLine(new string(row));
        Console.WriteLine(string.Join(" ", path.GetRange(0, 4)));

        grid[2] = ".#..##..";
        grid[3] = ".####.##";
        var none = Bfs(grid, s, g);
        Console.WriteLine(none == null ? "no path" : "path " + none.Count);

        var dist = new int[3, 4];
        for (int i = 0; i < dist.GetLength(0); i++)
            for (int j = 0; j < dist.GetLength(1); j++)
                dist[i, j] = i * 10 + j;
        Console.WriteLine(dist.Length + " " + dist.Rank + " " + dist[2, 3]);
    }
}
