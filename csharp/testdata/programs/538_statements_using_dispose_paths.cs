// checks: using disposes in reverse order on return, continue, a backward goto out of its block and exceptions; an exception from Dispose replaces the one in flight; a null resource is skipped
using System;
class Res : IDisposable {
  string n; public Res(string n) { this.n = n; Console.WriteLine("open " + n); }
  public void Dispose() { Console.WriteLine("close " + n); }
}
class Bad : IDisposable { public void Dispose() { throw new InvalidOperationException("dispose failed"); } }
class P {
  static int F() {
    using (var a = new Res("a"))
    using (var b = new Res("b")) {
      return 1;
    }
  }
  static void Main() {
    Console.WriteLine(F());
    for (int i = 0; i < 2; i++) {
      using (var r = new Res("loop" + i)) {
        if (i == 0) continue;
        Console.WriteLine("body " + i);
      }
    }
    int k = 0;
  again:
    using (var g = new Res("g" + k)) {
      if (++k < 2) goto again;
    }
    try { using (new Bad()) { throw new ArgumentException("body failed"); } }
    catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
    Res nul = null;
    using (nul) { Console.WriteLine("null resource ok"); }
  }
}
