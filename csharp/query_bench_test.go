package csharp

import (
	"bytes"
	"io"
	"testing"
)

// The query benchmarks run the same LINQ pipeline over 100k elements written as a query
// expression and as the method chain a user would write by hand, through Exec (parse, check,
// run). The difference is the cost of the query translation: block-bodied lambdas that unpack
// the transparent identifier's range variables.
const (
	benchQuerySyntax = `using System; using System.Linq;
class P { static void Main() {
  var q = from x in Enumerable.Range(0, 100000)
          let y = x * x
          where y % 3 == 0
          orderby x descending
          select x + y;
  Console.WriteLine(q.Sum(v => (long)v));
  var g = from x in Enumerable.Range(0, 100000) group x by x % 10 into grp select grp.Count();
  Console.WriteLine(g.Sum());
} }`
	benchMethodSyntax = `using System; using System.Linq;
class P { static void Main() {
  var q = Enumerable.Range(0, 100000)
          .Select(x => new { x, y = x * x })
          .Where(t => t.y % 3 == 0)
          .OrderByDescending(t => t.x)
          .Select(t => t.x + t.y);
  Console.WriteLine(q.Sum(v => (long)v));
  var g = Enumerable.Range(0, 100000).GroupBy(x => x % 10).Select(grp => grp.Count());
  Console.WriteLine(g.Sum());
} }`
)

func benchExec(b *testing.B, src string) {
	b.Helper()
	for i := 0; i < b.N; i++ {
		if code, err := Exec("bench.cs", []byte(src), Options{Stdout: io.Discard}); err != nil || code != 0 {
			b.Fatalf("exit %d: %v", code, err)
		}
	}
}

// BenchmarkQuerySyntax: from/let/where/orderby/select and group ... into over 100k ints.
func BenchmarkQuerySyntax(b *testing.B) { benchExec(b, benchQuerySyntax) }

// BenchmarkQueryMethodSyntax: the same pipelines in method syntax.
func BenchmarkQueryMethodSyntax(b *testing.B) { benchExec(b, benchMethodSyntax) }

// TestQueryBenchPrograms checks that the two benchmark programs agree.
func TestQueryBenchPrograms(t *testing.T) {
	if testing.Short() {
		t.Skip("runs 100k-element pipelines")
	}
	var outs [2]string
	for i, src := range []string{benchQuerySyntax, benchMethodSyntax} {
		var buf bytes.Buffer
		if code, err := Exec("bench.cs", []byte(src), Options{Stdout: &buf}); err != nil || code != 0 {
			t.Fatalf("program %d: exit %d: %v", i, code, err)
		}
		outs[i] = buf.String()
	}
	if outs[0] != outs[1] || outs[0] == "" {
		t.Errorf("query syntax printed %q, method syntax %q", outs[0], outs[1])
	}
}
