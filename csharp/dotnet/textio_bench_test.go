package dotnet

import "testing"

// BenchmarkConsoleWriteLine: 20000 Console.WriteLine calls to the host
// stdout (the fast path: no SetOut redirection).
func BenchmarkConsoleWriteLine(b *testing.B) {
	runBench(b, `using System;
class P { static void Main() {
  for (int i = 0; i < 20000; i++) Console.WriteLine("line " + i);
} }`)
}

// BenchmarkConsoleWriteLineRedirected: the same 20000 lines through
// Console.SetOut(new StringWriter()) (TextWriter.WriteLine in C# over a StringBuilder).
func BenchmarkConsoleWriteLineRedirected(b *testing.B) {
	runBench(b, `using System; using System.IO;
class P { static void Main() {
  var sw = new StringWriter();
  Console.SetOut(sw);
  for (int i = 0; i < 20000; i++) Console.WriteLine("line " + i);
  var n = sw.GetStringBuilder().Length;
  Console.SetOut(new StringWriter());
  if (n == 0) throw new Exception("nothing written");
} }`)
}
