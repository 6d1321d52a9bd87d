package eval

import (
	"bytes"
	"runtime"
	"testing"
	"time"

	"rpbench/csharp/syntax"
)

func benchProgram(b *testing.B, src string) {
	f, err := syntax.ParseFile("bench.cs", []byte(src))
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		var out bytes.Buffer
		in, err := New(Config{Stdout: &out})
		if err != nil {
			b.Fatal(err)
		}
		if err := in.Load(f); err != nil {
			b.Fatal(err)
		}
		if _, err := in.Run(nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFib30: recursive calls (1.6M calls).
func BenchmarkFib30(b *testing.B) {
	benchProgram(b, `class P { static int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
static void Main() { System.Console.WriteLine(Fib(30)); } }`)
}

// BenchmarkLoopFields: a 1M-iteration loop with field access and closures.
func BenchmarkLoopFields(b *testing.B) {
	benchProgram(b, `class C { public int X; public int Get() => X; }
class P { static void Main() { var c = new C(); long sum = 0; System.Func<int, int> inc = v => v + 1;
for (int i = 0; i < 1000000; i++) { c.X = inc(i); sum += c.Get(); } System.Console.WriteLine(sum); } }`)
}

// BenchmarkSuspendedCoroutine measures memory per coroutine suspended in await Task.Delay.
func BenchmarkSuspendedCoroutine(b *testing.B) {
	src := `using System.Threading.Tasks; class P { static async Task W() { await Task.Delay(1000); }
static void Start(int n) { for (int i = 0; i < n; i++) W(); } static void Main() {} }`
	f, _ := syntax.ParseFile("co.cs", []byte(src))
	in, err := New(Config{Host: NewVirtualLoop(time.Unix(0, 0))})
	if err != nil {
		b.Fatal(err)
	}
	in.Load(f)
	const n = 2000
	runtime.GC()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	if _, err := in.CallStaticByName("P", "Start", Int(n)); err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&m1)
	per := float64((m1.HeapInuse+m1.StackInuse)-(m0.HeapInuse+m0.StackInuse)) / n
	b.ReportMetric(per, "bytes/coroutine")
	for i := 0; i < b.N; i++ {
	}
}

// BenchmarkAsyncCalls: 10k awaited async method calls, each a coroutine that
// suspends once (Task.Yield) and is resumed from the loop: the cost of
// starting, switching and ending coroutines (ns/call).
func BenchmarkAsyncCalls(b *testing.B) {
	const n = 10000
	benchProgram(b, `using System.Threading.Tasks; class P {
static async Task<int> One(int i) { await Task.Yield(); return i; }
static async Task Main() { long s = 0; for (int i = 0; i < 10000; i++) s += await One(i); System.Console.WriteLine(s); } }`)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/call")
}

// BenchmarkLoopArith: a 1M-iteration loop of int arithmetic into a long.
func BenchmarkLoopArith(b *testing.B) {
	benchProgram(b, `class P { static void Main() { long s = 0; for (int i = 0; i < 1000000; i++) { s += i % 7 * 3; } System.Console.WriteLine(s); } }`)
}
