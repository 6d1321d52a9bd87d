package gojabench

import (
	"bytes"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dop251/goja"

	"rpbench/csharp"
)

// workload is one algorithm written in C# (a console program) and in
// JavaScript (a function body that returns the result, run inside a
// function so that its variables are locals, as in C#); both give the same text.
type workload struct {
	name string
	cs   string
	js   string
}

var workloads = []workload{
	{"loops", `using System;
class P { static void Main() { long s = 0; for (int i = 0; i < 1000000; i++) { s += i % 7 * 3; } Console.WriteLine(s); } }`,
		`var s = 0; for (var i = 0; i < 1000000; i++) { s += i % 7 * 3; } return String(s);`},
	{"calls", `using System;
class P { static int Fib(int n) { return n < 2 ? n : Fib(n - 1) + Fib(n - 2); } static void Main() { Console.WriteLine(Fib(25)); } }`,
		`function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } return String(fib(25));`},
	{"fields", `using System;
class Pt { public int X; public int Y; public void Move(int d) { X += d; Y -= d; } }
class P { static void Main() { var p = new Pt(); for (int i = 0; i < 300000; i++) { p.Move(i % 5); p.X = p.X % 1000; } Console.WriteLine(p.X + " " + p.Y); } }`,
		`class Pt { constructor() { this.X = 0; this.Y = 0; } Move(d) { this.X += d; this.Y -= d; } }
var p = new Pt(); for (var i = 0; i < 300000; i++) { p.Move(i % 5); p.X = p.X % 1000; } return p.X + " " + p.Y;`},
	{"strings", `using System; using System.Text;
class P { static void Main() { var sb = new StringBuilder(); for (int i = 0; i < 100000; i++) { sb.Append(i % 10); sb.Append(','); } Console.WriteLine(sb.Length); } }`,
		`var parts = []; for (var i = 0; i < 100000; i++) { parts.push(String(i % 10)); parts.push(","); } return String(parts.join("").length);`},
	{"dictionary", `using System; using System.Collections.Generic;
class P { static void Main() { var d = new Dictionary<int, int>(); for (int i = 0; i < 100000; i++) { int k = i % 1000; d.TryGetValue(k, out var v); d[k] = v + i; } long s = 0; foreach (var kv in d) s += kv.Value; Console.WriteLine(d.Count + " " + s); } }`,
		`var d = new Map(); for (var i = 0; i < 100000; i++) { var k = i % 1000; var v = d.get(k) || 0; d.set(k, v + i); } var s = 0; d.forEach(function (v) { s += v; }); return d.size + " " + s;`},
	{"linq", `using System; using System.Linq;
class P { static void Main() { var s = Enumerable.Range(0, 100000).Where(x => x % 3 == 0).Select(x => (long)x * 2).Sum(); Console.WriteLine(s); } }`,
		`var a = []; for (var i = 0; i < 100000; i++) a.push(i); return String(a.filter(function (x) { return x % 3 === 0; }).map(function (x) { return x * 2; }).reduce(function (s, x) { return s + x; }, 0));`},
	{"closures", `using System;
class P { static void Main() { int n = 0; Func<int, int> add = x => { n += x; return n; }; for (int i = 0; i < 300000; i++) add(i % 3); Console.WriteLine(n); } }`,
		`var n = 0; var add = function (x) { n += x; return n; }; for (var i = 0; i < 300000; i++) add(i % 3); return String(n);`},
}

func runCS(tb testing.TB, w workload) string {
	var out bytes.Buffer
	code, err := csharp.Exec(w.name+".cs", []byte(w.cs), csharp.Options{Stdout: &out})
	if err != nil || code != 0 {
		tb.Fatalf("%s: exit %d: %v", w.name, code, err)
	}
	return strings.TrimSpace(out.String())
}

func runJS(tb testing.TB, p *goja.Program) string {
	v, err := goja.New().RunProgram(p)
	if err != nil {
		tb.Fatal(err)
	}
	return v.String()
}

// TestSameResults checks that the C# and JavaScript versions compute the same thing.
func TestSameResults(t *testing.T) {
	for _, w := range workloads {
		p := goja.MustCompile(w.name, "(function () {\n"+w.js+"\n})()", false)
		cs, js := runCS(t, w), runJS(t, p)
		if cs != js {
			t.Errorf("%s: C# printed %q, JavaScript %q", w.name, cs, js)
		}
	}
}

// cpuTime is the CPU time (user + system, all threads) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds the metric cpu-ns/op: the process's CPU time per
// iteration (garbage collection included). On a shared, loaded machine it
// is a steadier basis for the C#/goja ratio than the wall-clock ns/op.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

// BenchmarkCSharp runs each workload through csharp.Exec (parse, check and run).
func BenchmarkCSharp(b *testing.B) {
	for _, w := range workloads {
		b.Run(w.name, func(b *testing.B) {
			start := cpuTime()
			for i := 0; i < b.N; i++ {
				runCS(b, w)
			}
			reportCPU(b, start)
		})
	}
}

// BenchmarkGoja runs each workload's precompiled JavaScript on a fresh goja runtime.
func BenchmarkGoja(b *testing.B) {
	for _, w := range workloads {
		p := goja.MustCompile(w.name, "(function () {\n"+w.js+"\n})()", false)
		b.Run(w.name, func(b *testing.B) {
			start := cpuTime()
			for i := 0; i < b.N; i++ {
				runJS(b, p)
			}
			reportCPU(b, start)
		})
	}
}
