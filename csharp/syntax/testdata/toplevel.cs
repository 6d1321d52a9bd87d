using System;
using System.Threading.Tasks;

Console.WriteLine("Hello");
int x = 5;
await Task.Delay(1);
foreach (var a in args) Console.WriteLine(a);
static int Twice(int v) => v * 2;
var list = new List<int> { 1 };
record R(int A);
