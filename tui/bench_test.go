package tui

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"rpbench/pbx"
)

func bigSnapshot(phones int) Snapshot {
	s := fixture()
	s.Phones = s.Phones[:0]
	for i := 0; i < phones; i++ {
		p := PhoneView{Number: fmt.Sprint(100 + i), Name: fmt.Sprintf("User %d", i), Kind: "ext", State: "idle"}
		if i%3 == 1 {
			p.State, p.With, p.Call = "connected", fmt.Sprint(100+i-1), fmt.Sprintf("c%d", i)
		}
		s.Phones = append(s.Phones, p)
	}
	return s
}

// BenchmarkFirstFrame measures what start-up costs the TUI: building the
// model and rendering its first frame.
func BenchmarkFirstFrame(b *testing.B) {
	snap := fixture()
	b.ReportAllocs()
	for b.Loop() {
		m := New(Options{Backend: &recorder{}, Initial: snap})
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = m.View()
	}
}

// BenchmarkKeyPress measures one key press handled and rendered with 100
// phones and 10,000 trace lines (target: under 16 ms).
func BenchmarkKeyPress(b *testing.B) {
	for _, tc := range []struct {
		name string
		keys []string
	}{
		{"select", []string{"down", "up"}},
		{"scroll", []string{"pgup", "pgdown"}},
		{"filtered-scroll", []string{"pgup", "pgdown"}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			m := New(Options{Backend: &recorder{}, Initial: bigSnapshot(100)})
			m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
			m.Update(TraceMsg{fixtureTrace(10000)})
			if tc.name == "filtered-scroll" {
				m.trace.setFilter(TraceFilter{Call: "c2", MinLevel: LevelTrace})
			}
			msgs := []tea.KeyPressMsg{keyMsg(tc.keys[0]), keyMsg(tc.keys[1])}
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				m.Update(msgs[i%2])
				_ = m.View()
				i++
			}
		})
	}
}

// BenchmarkTraceBatch measures taking in a batch of 100 new trace lines and
// rendering, as happens when the clock runs x100.
func BenchmarkTraceBatch(b *testing.B) {
	m := New(Options{Backend: &recorder{}, Initial: bigSnapshot(100)})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m.Update(TraceMsg{fixtureTrace(10000)})
	batch := TraceMsg{fixtureTrace(100)}
	b.ReportAllocs()
	for b.Loop() {
		m.Update(batch)
		_ = m.View()
	}
}

// BenchmarkStartup measures rpbench's path to the first frame on the demo
// PBX, without the C# host: parse the embedded config, build the PBX, make
// the first snapshot, build the model and render it.
func BenchmarkStartup(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		p := pbx.New(pbx.DefaultConfig(), pbx.Options{Seed: 1})
		d := NewDriver(p, DriverOptions{Paused: true})
		// No loop runs yet, so this goroutine may read the PBX.
		snap := d.convert(p.Snapshot())
		m := New(Options{Backend: d, Initial: snap})
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = m.View()
	}
}
