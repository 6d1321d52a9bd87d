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
func BenchmarkLibraryProgram(b *testing.B) {
	f, err := syntax.ParseFile("bench.cs", []byte(benchProgram))
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
