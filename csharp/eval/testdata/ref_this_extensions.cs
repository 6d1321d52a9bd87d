using System;
struct Acc { public int N; }
static class Ext {
  public static void Add(this ref Acc a, int n) { a.N += n; }
  public static int Twice(this in Acc a) => a.N * 2;
  public static string Show(this Acc a) { a.N = -1; return "shown"; }
}
class H { public Acc A; }
class P { static void Main() {
  var arr = new Acc[2]; arr[1].Add(5);
  var h = new H(); h.A.Add(7); h.A.Add(1);
  var acc = new Acc(); acc.Add(2);
  Console.WriteLine(arr[1].N + " " + h.A.N + " " + acc.Show() + " " + acc.N + " " + h.A.Twice());
}}
// Output:
// 5 8 shown 2 16
