using System;
using System.Collections.Generic;
using System.Threading.Tasks;
class Program {
    static async Task<int> F(int x, int d) { await Task.Delay(d); return x; }
    static IEnumerable<Task<int>> Tasks() { yield return F(1, 30); yield return F(2, 10); yield return F(3, 20); }
    static async Task Main() {
        var t1 = F(10, 5);
        var t3 = F(30, 1);
        int[] arr = await Task.WhenAll(new[] { t3, t1 });
        Console.WriteLine(string.Join(" ", arr));
        int[] all = await Task.WhenAll(Tasks());
        Console.WriteLine(string.Join(",", all));
        IEnumerable<Task> plain = new Task[] { F(4, 3), Task.Delay(1) };
        await Task.WhenAll(plain);
        Console.WriteLine((await Task.WhenAny(plain)).IsCompleted);
    }
}
// Output:
// 30 10
// 1,2,3
// True
