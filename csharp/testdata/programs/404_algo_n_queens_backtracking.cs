// checks: recursive backtracking (N-Queens counts for n=1..8, first solution board), boolean arrays, recursion depth
using System;

class Program
{
    static int n, count;
    static int[] cols;
    static int[] first;

    static bool Safe(int row, int c)
    {
        for (int r = 0; r < row; r++)
            if (cols[r] == c || Math.Abs(cols[r] - c) == row - r) return false;
        return true;
    }

    static void Place(int row)
    {
        if (row == n) { if (count == 0) first = (int[])cols.Clone(); count++; return; }
        for (int c = 0; c < n; c++)
            if (Safe(row, c)) { cols[row] = c; Place(row + 1); }
    }

    static void Main()
    {
        for (n = 1; n <= 8; n++)
        {
            count = 0; cols = new int[n];
            Place(0);
            Console.Write(count + " ");
        }
        Console.WriteLine();
        for (int r = 0; r < 8; r++)
        {
            var line = new char[8];
            for (int c = 0; c < 8; c++) line[c] = first[r] == c ? 'Q' : '.';
            Console.WriteLine(new string(line));
        }
    }
}
