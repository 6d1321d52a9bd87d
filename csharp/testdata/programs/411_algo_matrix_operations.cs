// checks: matrix multiplication, transpose, identity, determinant by recursion on long[,], printing with alignment
using System;

class Program
{
    static long[,] Mul(long[,] a, long[,] b)
    {
        int n = a.GetLength(0), m = b.GetLength(1), k = a.GetLength(1);
        var r = new long[n, m];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) { long s = 0; for (int x = 0; x < k; x++) s += a[i, x] * b[x, j]; r[i, j] = s; }
        return r;
    }

    static long Det(long[,] a)
    {
        int n = a.GetLength(0);
        if (n == 1) return a[0, 0];
        long d = 0;
        for (int c = 0; c < n; c++)
        {
            var sub = new long[n - 1, n - 1];
            for (int i = 1; i < n; i++) for (int j = 0, sj = 0; j < n; j++) if (j != c) sub[i - 1, sj++] = a[i, j];
            d += (c % 2 == 0 ? 1 : -1) * a[0, c] * Det(sub);
        }
        return d;
    }

    static void Print(long[,] m)
    {
        for (int i = 0; i < m.GetLength(0); i++)
        {
            for (int j = 0; j < m.GetLength(1); j++) Console.Write(string.Format("{0,5}", m[i, j]));
            Console.WriteLine();
        }
    }

    static void Main()
    {
        var a = new long[,] { { 1, 2, 3 }, { 4, 5, 6 } };
        var b = new long[,] { { 7, 8 }, { 9, 10 }, { 11, 12 } };
        Print(Mul(a, b));
        var fib = new long[,] { { 1, 1 }, { 1, 0 } };
        var p = new long[,] { { 1, 0 }, { 0, 1 } };
        for (int i = 0; i < 50; i++) p = Mul(p, fib);
        Console.WriteLine(p[0, 1]);
        Console.WriteLine(Det(new long[,] { { 2, -3, 1 }, { 2, 0, -1 }, { 1, 4, 5 } }) + " " + Det(new long[,] { { 1, 2 }, { 2, 4 } }));
    }
}
