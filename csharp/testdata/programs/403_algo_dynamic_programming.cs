// checks: DP on 2D arrays: longest common subsequence with reconstruction, edit distance, 0/1 knapsack, coin change ways (long)
using System;
using System.Text;

class Program
{
    static string Lcs(string a, string b)
    {
        var dp = new int[a.Length + 1, b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
                dp[i, j] = a[i - 1] == b[j - 1] ? dp[i - 1, j - 1] + 1 : Math.Max(dp[i - 1, j], dp[i, j - 1]);
        var sb = new StringBuilder();
        for (int i = a.Length, j = b.Length; i > 0 && j > 0;)
        {
            if (a[i - 1] == b[j - 1]) { sb.Insert(0, a[i - 1]); i--; j--; }
            else if (dp[i - 1, j] >= dp[i, j - 1]) i--;
            else j--;
        }
        return sb.ToString();
    }

    static int Edit(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }

    static int Knapsack(int[] w, int[] v, int cap)
    {
        var best = new int[cap + 1];
        for (int i = 0; i < w.Length; i++)
            for (int c = cap; c >= w[i]; c--)
                best[c] = Math.Max(best[c], best[c - w[i]] + v[i]);
        return best[cap];
    }

    static long CoinWays(int[] coins, int amount)
    {
        var ways = new long[amount + 1];
        ways[0] = 1;
        foreach (var c in coins) for (int a = c; a <= amount; a++) ways[a] += ways[a - c];
        return ways[amount];
    }

    static void Main()
    {
        Console.WriteLine(Lcs("AGGTAB", "GXTXAYB") + " " + Lcs("routepoint", "roundtrip"));
        Console.WriteLine(Edit("kitten", "sitting") + " " + Edit("", "abc") + " " + Edit("flaw", "lawn"));
        Console.WriteLine(Knapsack(new[] { 1, 3, 4, 5 }, new[] { 1, 4, 5, 7 }, 7));
        Console.WriteLine(CoinWays(new[] { 1, 2, 5, 10, 20, 50, 100, 200 }, 200));
    }
}
