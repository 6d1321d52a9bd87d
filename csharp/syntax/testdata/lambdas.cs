class L
{
    void M()
    {
        Func<int, int> f1 = x => x + 1;
        Func<int, int, int> f2 = (x, y) => x * y;
        Action a1 = () => { };
        Func<Task> f3 = async () => { await Task.Delay(1); };
        Func<int, Task<int>> f4 = async x => await Task.FromResult(x);
        var nat = (int x) => x * 2;
        var st = static (int x) => x;
        Action<int> d1 = delegate (int x) { };
        Action d2 = delegate { };
        Func<int, int> d3 = async delegate (int x) { return x; };
        MyCall.OnTerminated += () => { cancel.Cancel(); };
        MyCall.OnDTMFInput -= OnDigit;
        list.ForEach(item => Console.WriteLine(item));
        var q = items.Where(i => i > 0).Select(i => new { i, Sq = i * i }).OrderBy(i => i.Sq);
        Func<int, Func<int, int>> curry = x => y => x + y;
        Task.Run(async () =>
        {
            try { await Work(); }
            catch { }
        });
        var t = (_, _) => 0;
        var parse = int (string s) => int.Parse(s);
        var arr = int[] () => new int[0];
        Func<(int, int), int> tf = ((int a, int b) p) => p.a;
    }
}
