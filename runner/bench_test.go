package runner

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// thousandCalls is a scenario of 1,000 calls, each ringing 15 s of virtual
// time before the caller gives up.
func thousandCalls() string {
	var b strings.Builder
	b.WriteString("version: 1\nname: 1000 calls ringing 15s\nsteps:\n")
	for i := range 1000 {
		from := 100 + 3*(i%2) // Alice and Dave take turns calling Bob, who lets it ring
		fmt.Fprintf(&b, "  - dial: {from: %d, to: 101}\n", from)
		b.WriteString("  - wait: {phone: 101, state: ringing, timeout: 1s}\n")
		b.WriteString("  - advance: 15s\n")
		fmt.Fprintf(&b, "  - drop: %d\n", from)
		b.WriteString("  - expect: {phone: 101, state: idle}\n")
	}
	return b.String()
}

// BenchmarkThousandCalls replays 1,000 calls ringing 15 s each (4 hours
// 10 minutes of virtual time) and reports the simulated/wall time ratio.
// The target is under one second of wall time per replay.
func BenchmarkThousandCalls(b *testing.B) {
	text := []byte(thousandCalls())
	s, err := LoadBytes("thousand.yaml", text, Options{})
	if err != nil {
		b.Fatal(err)
	}
	var virtual time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		r := Run(s, Options{})
		if r.Failure != nil {
			b.Fatal(r.Failure.Detail())
		}
		virtual = r.Virtual
	}
	perRun := b.Elapsed() / time.Duration(b.N)
	b.ReportMetric(float64(virtual)/float64(perRun), "sim/wall")
	b.ReportMetric(virtual.Seconds(), "virtual-s/op")
}

// BenchmarkThousandCallsWithLoad includes reading and checking the file.
func BenchmarkThousandCallsWithLoad(b *testing.B) {
	text := []byte(thousandCalls())
	for b.Loop() {
		s, err := LoadBytes("thousand.yaml", text, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if r := Run(s, Options{}); r.Failure != nil {
			b.Fatal(r.Failure.Detail())
		}
	}
}

// BenchmarkThousandCallsCSharpHost is BenchmarkThousandCalls with the C#
// route-point host attached, as rpbench run does (the demo PBX's #101 runs
// the seed's parking sample, loaded once per replay).
func BenchmarkThousandCallsCSharpHost(b *testing.B) {
	opts := Options{RoutePointHost: CallflowHost}
	s, err := LoadBytes("thousand.yaml", []byte(thousandCalls()), opts)
	if err != nil {
		b.Fatal(err)
	}
	var virtual time.Duration
	for b.Loop() {
		r := Run(s, opts)
		if r.Failure != nil {
			b.Fatal(r.Failure.Detail())
		}
		virtual = r.Virtual
	}
	b.ReportMetric(float64(virtual)/float64(b.Elapsed()/time.Duration(b.N)), "sim/wall")
}
