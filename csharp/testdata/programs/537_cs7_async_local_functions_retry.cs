// checks: async and iterator local functions capturing locals; goto back to a label from a catch block after an await (retry loop)
// expect: hand-checked (C# 7: Mono's mcs does not implement local functions)
using System;
using System.Threading.Tasks;
using System.Collections.Generic;
class P {
  static async Task Main() {
    int calls = 0;
    async Task<int> Fetch(int x) { await Task.Delay(10); calls++; return x * 2; }
    async Task Log(string s) { await Task.Yield(); Console.WriteLine("log " + s); }
    var r = await Fetch(21);
    await Log("a");
    var all = await Task.WhenAll(Fetch(1), Fetch(2));
    Console.WriteLine(r + " " + all[0] + all[1] + " calls " + calls);
    IEnumerable<int> Range(int n) { for (int i = 0; i < n; i++) { calls++; yield return i; } }
    foreach (var i in Range(3)) Console.Write(i);
    Console.WriteLine(" calls " + calls);
    int attempt = 0;
  retry:
    try { attempt++; if (attempt < 3) throw new Exception("fail " + attempt); await Log("ok after " + attempt); }
    catch (Exception e) { Console.WriteLine(e.Message); await Task.Delay(1); goto retry; }
  }
}
