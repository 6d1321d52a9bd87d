package tui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"rpbench/pbx"
)

// live is a Model fed by a Driver over a real PBX whose loop runs on its
// own goroutine, as in rpbench.
type live struct {
	t    *testing.T
	m    *Model
	drv  *Driver
	p    *pbx.PBX
	msgs chan tea.Msg
}

func startLive(t *testing.T, paused bool) *live {
	t.Helper()
	p := pbx.New(pbx.DefaultConfig(), pbx.Options{Seed: 1})
	// A Go stand-in for the C# parking sample: the test checks the TUI's
	// wiring of the clock and the PBX, not the script.
	p.Handle("#101", pbx.ParkingHandler(15*time.Second, 15*time.Second))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { p.Loop().Run(ctx, nil); close(done) }()
	t.Cleanup(func() { cancel(); <-done })
	drv := NewDriver(p, DriverOptions{Paused: paused, TickEvery: 10 * time.Millisecond})
	first, err := drv.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	l := &live{t: t, drv: drv, p: p, msgs: make(chan tea.Msg, 1024)}
	l.m = New(Options{Backend: drv, Initial: first})
	l.m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	drv.Start(ctx, func(m tea.Msg) { l.msgs <- m })
	return l
}

// await feeds the Driver's messages to the model until cond holds.
func (l *live) await(what string, cond func(*Model) bool) {
	l.t.Helper()
	deadline := time.After(5 * time.Second)
	for !cond(l.m) {
		select {
		case msg := <-l.msgs:
			l.m.Update(msg)
		case <-deadline:
			l.t.Fatalf("waited 5s for %s; the screen:\n%s", what, plain(l.t, l.m))
		}
	}
}

func phoneIs(number, state string) func(*Model) bool {
	return func(m *Model) bool {
		i := m.phoneIndex(number)
		return i >= 0 && m.snap.Phones[i].State == state
	}
}

func TestDriverParkAndReturn(t *testing.T) {
	l := startLive(t, true)
	l.await("the first snapshot", func(m *Model) bool { return len(m.snap.Phones) >= 5 })
	press(l.m, "d", "type:101", "enter")
	l.await("101 ringing", phoneIs("101", "ringing"))
	press(l.m, "down", "a")
	l.await("101 talking", phoneIs("101", "talking"))
	press(l.m, "t", "type:#101", "enter")
	l.await("100 parked and hearing music", func(m *Model) bool {
		i := m.phoneIndex("100")
		return strings.HasPrefix(m.snap.Phones[i].Hearing, "MOH")
	})
	if got := l.m.snap.Clock.Elapsed; got != 0 {
		t.Errorf("the paused clock moved to %v", got)
	}
	press(l.m, "s")
	l.await("101 ringing again", phoneIs("101", "ringing"))
	if got := l.m.snap.Clock.Elapsed; got != 15*time.Second {
		t.Errorf("101 rings again at %v, want 15s", got)
	}
	l.await("the route request in the trace", func(m *Model) bool {
		for i := 0; i < m.trace.lines.len(); i++ {
			if x := m.trace.lines.at(i); x.Kind == "route" && x.RoutePoint == "#101" && x.Call == "c1" {
				return true
			}
		}
		return false
	})
	if s := plain(t, l.m); !strings.Contains(s, "PAUSED") {
		t.Errorf("the clock bar does not say PAUSED:\n%s", s)
	}
}

func TestDriverErrorsReachTheFooter(t *testing.T) {
	l := startLive(t, true)
	l.await("the first snapshot", func(m *Model) bool { return len(m.snap.Phones) >= 5 })
	press(l.m, "a") // 100 has nothing ringing
	l.await("an error in the footer", func(m *Model) bool { return !m.statusOK && m.status != "" })
}

func TestDriverRunsFaster(t *testing.T) {
	l := startLive(t, true)
	press(l.m, "3")
	l.await("the clock at x100", func(m *Model) bool {
		c := m.snap.Clock
		return c.Mode == ClockVirtual && c.Speed == 100 && c.Elapsed > 2*time.Second
	})
	press(l.m, "space")
	l.await("the clock paused", func(m *Model) bool { return m.snap.Clock.Mode == ClockPaused })
}

func TestDriverRecords(t *testing.T) {
	p := pbx.New(pbx.DefaultConfig(), pbx.Options{Seed: 1})
	rec := &Recording{Config: "default", Seed: 1}
	drv := NewDriver(p, DriverOptions{Paused: true, Record: rec})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { p.Loop().Run(ctx, nil); close(done) }()
	defer func() { cancel(); <-done }()
	// 103 is simulated: it answers after 3s, the first timer.
	drv.Do(Command{Op: OpDial, From: "100", To: "103"})
	drv.Do(Command{Op: OpStep})
	// A step is taken after the work already posted; wait for it as a user would.
	var snap Snapshot
	for snap.Clock.Elapsed == 0 {
		var err error
		if snap, err = drv.Snapshot(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if ph := snap.Phones[0]; ph.Number != "100" || ph.State != "talking" {
		t.Errorf("after the step 100 is %+v, want talking", ph)
	}
	drv.Do(Command{Op: OpDrop, From: "100"})
	if _, err := drv.Snapshot(ctx); err != nil { // the loop runs posted work in order
		t.Fatal(err)
	}
	want := []RecordedStep{{0, Command{Op: OpDial, From: "100", To: "103"}}, {3 * time.Second, Command{Op: OpDrop, From: "100"}}}
	if len(rec.Steps) != 2 || rec.Steps[0] != want[0] || rec.Steps[1] != want[1] {
		t.Errorf("recorded %+v, want %+v", rec.Steps, want)
	}
}
