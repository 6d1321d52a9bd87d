package callflow

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"syscall"
	"testing"
	"time"

	"rpbench/pbx"
)

// BenchmarkPark measures parks through the seed's sample on #101 of the demo PBX,
// on one goroutine and virtual time. One op is one park: Bob blind-transfers Alice
// to #101, Alice hears the parking music, the call returns to Bob after 15 s and
// rings out unanswered, returns again 15 s later and Bob answers; then Alice hangs up.
// parks/s = 1e9 / ns/op.
func BenchmarkPark(b *testing.B) { benchmarkPark(b) }

// BenchmarkParkRpbenchGC is BenchmarkPark with the garbage collector set as the
// rpbench command sets it (GOGC=400, see cmd/rpbench's gcPercent): the live heap
// is small, so collecting less often cuts the GC's share of the CPU.
func BenchmarkParkRpbenchGC(b *testing.B) {
	old := debug.SetGCPercent(400)
	defer debug.SetGCPercent(old)
	benchmarkPark(b)
}

func benchmarkPark(b *testing.B) {
	p := pbx.New(pbx.DefaultConfig(), pbx.Options{})
	h, err := Attach(p, Options{})
	if err != nil {
		b.Fatal(err)
	}
	l := p.Loop()
	must := func(err error) {
		if err != nil {
			b.Fatal(err)
		}
		l.RunUntilIdle()
	}
	returns := 0
	p.Subscribe(func(e pbx.Event) {
		if r, ok := e.Data.(pbx.ScriptReturned); ok && r.Value {
			returns++
		}
	})
	b.ReportAllocs()
	b.ResetTimer()
	cpu0, g0, s0 := cpuTime(), goroutinesCreated(), h.steps
	for i := 0; i < b.N; i++ {
		_, err := p.Dial("100", "101")
		must(err)
		must(p.Answer("101"))
		must(p.BlindTransfer("101", "#101"))
		l.RunFor(31 * time.Second) // returned once, rang out
		l.RunFor(15 * time.Second) // rings again
		must(p.Answer("101"))
		must(p.Drop("100"))
	}
	b.StopTimer()
	cpu, g := cpuTime()-cpu0, goroutinesCreated()-g0
	if returns != b.N {
		b.Fatalf("%d parks ended with Return(true), want %d", returns, b.N)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "parks/s")
	// On a shared machine wall time varies with the load; the process's CPU
	// time per park is the steadier figure.
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(b.N)/cpu.Seconds(), "parks/cpu-s")
	// The interpreter's coroutines run on pooled worker goroutines (eval's
	// context.go): new goroutines per park mean the pool does not serve.
	b.ReportMetric(float64(g)/float64(b.N), "goroutines/op")
	b.ReportMetric(float64(h.steps-s0)/float64(b.N), "steps/op")
}

// goroutinesCreated is the number of goroutines the process has created.
func goroutinesCreated() uint64 {
	s := []metrics.Sample{{Name: "/sched/goroutines-created:goroutines"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// cpuTime is the CPU time (user+system) the process used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkParkedCallMemory measures the memory a parked call holds: n outside
// callers are parked at once on #101 and the heap growth is divided by n. Each
// op parks n calls on a new PBX: run it with -benchtime=1x.
func BenchmarkParkedCallMemory(b *testing.B) {
	const n = 1000
	for i := 0; i < b.N; i++ {
		p := pbx.New(pbx.DefaultConfig(), pbx.Options{})
		if _, err := Attach(p, Options{}); err != nil {
			b.Fatal(err)
		}
		l := p.Loop()
		l.RunUntilIdle()
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		for k := 0; k < n; k++ {
			if _, err := p.InboundCall("Provider", fmt.Sprintf("+49170%07d", k), "", "+4930123450"); err != nil {
				b.Fatal(err)
			}
			l.RunUntilIdle()
			if err := p.Answer("101"); err != nil {
				b.Fatal(err)
			}
			l.RunUntilIdle()
			if err := p.BlindTransfer("101", "#101"); err != nil {
				b.Fatal(err)
			}
			l.RunUntilIdle()
		}
		l.RunFor(5 * time.Second)
		runtime.GC()
		runtime.ReadMemStats(&after)
		if got := len(p.Sessions()); got != n {
			b.Fatalf("%d calls parked, want %d", got, n)
		}
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/n, "B/parked-call")
		runtime.KeepAlive(p)
	}
}
