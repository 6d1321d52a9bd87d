// checks: breadth-first search on a char grid with Queue<(int,int)> and a distance array; Stack-based undo of string edits
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        string[] grid = { "S.#.....", ".##.###.", "....#...", "##.#..#E" };
        int h = grid.Length, w = grid[0].Length;
        var dist = new int[h, w];
        for (int i = 0; i < h; i++) for (int j = 0; j < w; j++) dist[i, j] = -1;
        var q = new Queue<Tuple<int, int>>();
        q.Enqueue(Tuple.Create(0, 0)); dist[0, 0] = 0;
        int[] dr = { 1, -1, 0, 0 }, dc = { 0, 0, 1, -1 };
        while (q.Count > 0)
        {
            var p = q.Dequeue();
            for (int k = 0; k < 4; k++)
            {
                int r = p.Item1 + dr[k], c = p.Item2 + dc[k];
                if (r < 0 || c < 0 || r >= h || c >= w || grid[r][c] == '#' || dist[r, c] >= 0) continue;
                dist[r, c] = dist[p.Item1, p.Item2] + 1;
                q.Enqueue(Tuple.Create(r, c));
            }
        }
        Console.WriteLine("distance to E: " + dist[3, 7]);
        for (int i = 0; i < h; i++)
        {
            var line = "";
            for (int j = 0; j < w; j++) line += grid[i][j] == '#' ? " ##" : string.Format("{0,3}", dist[i, j]);
            Console.WriteLine(line);
        }
        var undo = new Stack<string>();
        string text = "";
        foreach (var edit in new[] { "Hello", ", caller", "!" }) { undo.Push(text); text += edit; }
        Console.WriteLine(text);
        text = undo.Pop(); Console.WriteLine(text);
        text = undo.Pop(); Console.WriteLine(text + "|" + undo.Count);
    }
}
