package dotnet

import (
	"io"
	"testing"
	"time"

	"rpbench/csharp/eval"
	"rpbench/csharp/syntax"
)

const benchProgram = `using System; using System.Collections.Generic; using System.Linq; using System.Text;
class P {
  static void Main() {
    var d = new Dictionary<string, int>();
    var l = new List<int>();
    var sb = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      d["k" + (i % 100)] = i;
      l.Add(i % 97);
      sb.Append(i % 10);
    }
    l.Sort();
    int s = l.Where(x => x % 2 == 0).Select(x => x * 2).Sum();
    Console.WriteLine(d.Count + " " + s + " " + sb.Length + " " + $"{s:N0} {DateTime.Now:yyyy-MM-dd}");
  }
}`

// BenchmarkLibraryProgram runs a program mixing Dictionary, List.Sort, LINQ,
// StringBuilder and formatting (2000 iterations) on a fresh interpreter.
func BenchmarkLibraryProgram(b *testing.B) { runBench(b, benchProgram) }

// BenchmarkNewInterp measures creating an interpreter with the library (declaring all preludes).
func BenchmarkNewInterp(b *testing.B) {
	lib := Library()
	for i := 0; i < b.N; i++ {
		in, err := eval.New(eval.Config{Libraries: []*eval.Registry{lib}, Stdout: io.Discard})
		if err != nil {
			b.Fatal(err)
		}
		Install(in, Options{})
	}
}

// runBench runs src once per iteration on a fresh interpreter (parse excluded).
func runBench(b *testing.B, src string) {
	f, err := syntax.ParseFile("bench.cs", []byte(src))
	if err != nil {
		b.Fatal(err)
	}
	lib := Library()
	for i := 0; i < b.N; i++ {
		in, err := eval.New(eval.Config{Libraries: []*eval.Registry{lib}, Stdout: io.Discard,
			Host: eval.NewVirtualLoop(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))})
		if err != nil {
			b.Fatal(err)
		}
		Install(in, Options{})
		if err := in.Load(f); err != nil {
			b.Fatal(err)
		}
		if _, err := in.Run(nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLinqChain: a 300000-element Where/Select/OrderBy/GroupBy/Distinct
// workload on native LINQ sequences (compare with BenchmarkNewInterp for the fixed cost).
func BenchmarkLinqChain(b *testing.B) {
	runBench(b, `using System; using System.Linq;
class P { static void Main() {
  var s = Enumerable.Range(0, 300000).Where(x => x % 3 == 0).Select(x => (long)x * 2).Sum();
  var g = Enumerable.Range(0, 20000).GroupBy(x => x % 7).Select(grp => grp.Count()).Max();
  var o = Enumerable.Range(0, 20000).Select(x => (x * 7919) % 10007).OrderBy(x => x).Distinct().Take(5).Sum();
  Console.WriteLine(s + " " + g + " " + o);
} }`)
}

// BenchmarkDictionaryLoop: 300000 TryGetValue + indexer stores on 1000 int
// keys, then 100000 string-keyed adds and lookups.
func BenchmarkDictionaryLoop(b *testing.B) {
	runBench(b, `using System; using System.Collections.Generic;
class P { static void Main() {
  var d = new Dictionary<int, int>();
  for (int i = 0; i < 300000; i++) { int k = i % 1000; d.TryGetValue(k, out var v); d[k] = v + i; }
  var names = new Dictionary<string, int>();
  for (int i = 0; i < 100000; i++) { var k = "ext" + (i % 5000); names[k] = names.GetValueOrDefault(k) + 1; }
  Console.WriteLine(d.Count + " " + names.Count);
} }`)
}
