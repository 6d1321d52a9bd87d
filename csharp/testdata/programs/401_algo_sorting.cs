// checks: hand-written bubble, insertion, quick and merge sorts agree with Array.Sort on a fixed pseudo-random array (LCG)
using System;

class Program
{
    static int[] Data(int n)
    {
        var a = new int[n];
        uint x = 12345;
        for (int i = 0; i < n; i++) { x = x * 1103515245 + 12345; a[i] = (int)((x >> 16) % 1000); }
        return a;
    }

    static void Bubble(int[] a)
    {
        for (int i = 0; i < a.Length; i++)
            for (int j = 0; j < a.Length - 1 - i; j++)
                if (a[j] > a[j + 1]) { int t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; }
    }

    static void Insertion(int[] a)
    {
        for (int i = 1; i < a.Length; i++)
        {
            int v = a[i], j = i - 1;
            while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
            a[j + 1] = v;
        }
    }

    static void Quick(int[] a, int lo, int hi)
    {
        if (lo >= hi) return;
        int p = a[(lo + hi) / 2], i = lo, j = hi;
        while (i <= j)
        {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        Quick(a, lo, j);
        Quick(a, i, hi);
    }

    static int[] Merge(int[] a)
    {
        if (a.Length <= 1) return a;
        int mid = a.Length / 2;
        var l = Merge(Sub(a, 0, mid));
        var r = Merge(Sub(a, mid, a.Length - mid));
        var res = new int[a.Length];
        int i = 0, j = 0, k = 0;
        while (i < l.Length && j < r.Length) res[k++] = l[i] <= r[j] ? l[i++] : r[j++];
        while (i < l.Length) res[k++] = l[i++];
        while (j < r.Length) res[k++] = r[j++];
        return res;
    }

    static int[] Sub(int[] a, int start, int len) { var s = new int[len]; Array.Copy(a, start, s, 0, len); return s; }

    static void Main()
    {
        var reference = Data(300);
        Array.Sort(reference);
        var b = Data(300); Bubble(b);
        var ins = Data(300); Insertion(ins);
        var q = Data(300); Quick(q, 0, q.Length - 1);
        var m = Merge(Data(300));
        Console.WriteLine(string.Join(",", Data(10)));
        Console.WriteLine(string.Join(",", Sub(reference, 0, 10)) + " ... " + reference[299]);
        Console.WriteLine(Same(reference, b) + " " + Same(reference, ins) + " " + Same(reference, q) + " " + Same(reference, m));
    }

    static bool Same(int[] x, int[] y)
    {
        if (x.Length != y.Length) return false;
        for (int i = 0; i < x.Length; i++) if (x[i] != y[i]) return false;
        return true;
    }
}
