class Program {
    // Frames cross the coroutine's stack chunks; a caller's locals must
    // survive its callees' returns.
    static int Down(int n, int a, int b) {
        int x = n * 3, y = a + b, z = n;
        if (n > 0) Down(n - 1, x, y);
        return x + y + z - (n * 3 + a + b + n);
    }
    static void Quick(int[] a, int lo, int hi) {
        if (lo >= hi) return;
        int p = a[(lo + hi) / 2], i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        Quick(a, lo, j);
        Quick(a, i, hi);
    }
    static void Main() {
        int bad = 0;
        for (int d = 1; d < 400; d += 37) bad += Down(d, 1, 2);
        System.Console.WriteLine(bad);
        var q = new int[200];
        uint x = 12345;
        for (int i = 0; i < q.Length; i++) { x = x * 1103515245 + 12345; q[i] = (int)((x >> 16) % 1000); }
        Quick(q, 0, q.Length - 1);
        bool sorted = true;
        for (int i = 1; i < q.Length; i++) sorted &= q[i - 1] <= q[i];
        System.Console.WriteLine(sorted);
    }
}
// Output:
// 0
// True
