class S
{
    async Task M(int[] xs, object o)
    {
        int a = 1, b;
        var c = 2;
        const int K = 3;
        int? n = null;
        List<int> list = new List<int>();
        Dictionary<string, List<int>> d = new();
        int[] arr = { 1, 2 };
        (int, string) t = (1, "a");
        var (x, y) = t;
        (var p, var q) = t;
        (x, y) = (y, x);
        using var res = Open();
        await using var ares = OpenAsync();
        using (var f = Open()) { }
        using (f) Use();
        using (Open()) { }
        ref int r = ref arr[0];
        a = b = c;
        a += 1; a -= 1; a *= 2; a /= 2; a %= 2; a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1; a >>>= 1;
        o ??= new object();
        a++; --a;
        if (a > b) a = b; else if (a < b) { b = a; } else { }
        switch (a)
        {
            case 1:
            case 2 when b > 0:
                break;
            case int i when i > 10:
                goto case 1;
            case > 100 and < 200:
                goto default;
            case Color.Red:
                return;
            default:
                break;
        }
        while (a < 10) a++;
        do { a--; } while (a > 0);
        for (int i = 0, j = 10; i < j; i++, j--) { continue; }
        for (;;) break;
        for (a = 0; ; ) { break; }
        foreach (var item in xs) Console.WriteLine(item);
        foreach (int item in xs) { }
        foreach (var (k, v) in d) { }
        foreach ((string k2, List<int> v2) in d) { }
        await foreach (var z in Stream()) { }
        try { throw new Exception(); }
        catch (InvalidOperationException ex) when (ex.Message != null) { throw; }
        catch (Exception) { }
        catch { }
        finally { }
        lock (this) { }
        checked { a = a + 1; }
        unchecked { a = a * 2; }
        label: a++;
        goto label;
        int Local(int v) => v * 2;
        static async Task<int> LocalAsync() { await Task.Delay(1); return 1; }
        T Generic<T>(T v) where T : class => v;
        ;
        {
        }
        yield return 1;
        yield break;
        return;
    }
    IEnumerable<int> Iter() { yield return 1; }
}
