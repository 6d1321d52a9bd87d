package pbx

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
)

// benchConfig has n caller/callee pairs: 2000+i transfers its call with 3000+i to
// the parking route point #101 and answers the return after one second.
func benchConfig(b testing.TB, n int) *Config {
	var sb strings.Builder
	sb.WriteString("parameters: {PARK_MOH_SOURCE: park.wav}\nroute_points:\n  - {number: \"#101\"}\nextensions:\n")
	for i := range n {
		fmt.Fprintf(&sb, "  - {number: \"%d\", behavior: answer, answer_after: 1s}\n  - {number: \"%d\"}\n", 2000+i, 3000+i)
	}
	c, err := ParseConfig("bench.yaml", []byte(sb.String()), "")
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// lifecycle runs one call through its whole life: 2000+i calls 3000+i, which
// answers; 2000+i blind-transfers the call to #101; the route point answers, plays
// MOH, routes the call back to 2000+i after 15s, which answers after 1s; then 3000+i hangs up.
func lifecycle(b testing.TB, p *PBX, a, c string) {
	if _, err := p.Dial(a, c); err != nil {
		b.Fatal(err)
	}
	if err := p.Answer(c); err != nil {
		b.Fatal(err)
	}
	if err := p.BlindTransfer(a, "#101"); err != nil {
		b.Fatal(err)
	}
	p.Loop().RunFor(16 * time.Second)
	if err := p.Drop(c); err != nil {
		b.Fatal(err)
	}
	p.Loop().RunUntilIdle()
}

func benchLifecycles(b *testing.B, subscribe bool) {
	p := New(benchConfig(b, 1), Options{})
	p.Handle("#101", ParkingHandler(15*time.Second, 15*time.Second))
	events := 0
	if subscribe {
		p.Subscribe(func(Event) { events++ })
	}
	lifecycle(b, p, "2000", "3000") // warm up and check that it works
	if len(p.Calls()) != 0 || len(p.Sessions()) != 0 {
		b.Fatalf("after a lifecycle: %d calls, %d sessions", len(p.Calls()), len(p.Sessions()))
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		lifecycle(b, p, "2000", "3000")
	}
	cpu := cpuTime() - cpu0
	if len(p.Calls()) != 0 || len(p.Sessions()) != 0 || p.Loop().Pending() != 0 {
		b.Fatalf("leak: %d calls, %d sessions, %d timers left", len(p.Calls()), len(p.Sessions()), p.Loop().Pending())
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "lifecycles/s")
	if cpu > 0 {
		// Process CPU time (the GC's included): what one core sustains, whatever else runs on the machine.
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "lifecycles/cpu-s")
	}
	if subscribe {
		b.ReportMetric(float64(events)/float64(b.N+1), "events/lifecycle")
	}
}

// BenchmarkLifecycle measures simulated call lifecycles per second (target: at
// least 100,000) through a Go route-point handler, with a subscriber counting events
// (as the TUI, the runner and the trace writers always subscribe).
func BenchmarkLifecycle(b *testing.B) { benchLifecycles(b, true) }

// BenchmarkLifecycleUnobserved is BenchmarkLifecycle with no subscriber.
func BenchmarkLifecycleUnobserved(b *testing.B) { benchLifecycles(b, false) }

// BenchmarkIdleConnection measures the memory a connected, idle call costs per
// connection (target: at most 4 KB): 1000 pairs of extensions each talking.
func BenchmarkIdleConnection(b *testing.B) {
	const pairs = 1000
	cfg := benchConfig(b, pairs)
	var perConn float64
	for b.Loop() {
		p := New(cfg, Options{})
		p.Subscribe(func(Event) {})
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		for i := range pairs {
			p.Dial(fmt.Sprint(2000+i), fmt.Sprint(3000+i))
			p.Answer(fmt.Sprint(3000 + i))
		}
		p.Loop().RunUntilIdle()
		runtime.GC()
		runtime.ReadMemStats(&after)
		perConn = float64(after.HeapAlloc-before.HeapAlloc) / (2 * pairs)
		runtime.KeepAlive(p)
	}
	b.ReportMetric(perConn, "bytes/conn")
}
