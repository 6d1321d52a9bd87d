package tui

import (
	"context"
	"strings"
	"sync/atomic"
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

func TestTraceLines(t *testing.T) {
	p := pbx.New(pbx.DefaultConfig(), pbx.Options{Seed: 1})
	d := NewDriver(p, DriverOptions{Paused: true})
	ev := func(call pbx.CallID, data pbx.EventData) pbx.Event {
		return pbx.Event{Seq: 7, Elapsed: 1500 * time.Millisecond, Call: call, Data: data}
	}
	tests := []struct {
		name string
		e    pbx.Event
		want []string
	}{
		{"log", ev(3, pbx.ScriptLog{RoutePoint: "#101", Level: pbx.LevelInfo, Pos: "Park.cs(45,13)", Msg: "parked\tnow"}),
			[]string{"0:01.500 INFO  c3 #101 Park.cs(45,13) parked now"}},
		{"route", ev(3, pbx.RouteRequested{RoutePoint: "#101", Route: 1, Targets: []pbx.RouteTarget{{Target: "101", Timeout: 15 * time.Second}}}),
			[]string{"0:01.500 INFO  c3 #101 route #101 r1 101/15s"}},
		{"route failed", ev(3, pbx.RouteResult{RoutePoint: "#101", Route: 1, Reason: pbx.ReasonNoAnswer}),
			[]string{`0:01.500 WARN  c3 #101 route-result #101 r1 failed reason="no answer"`}},
		{"transfer", ev(1, pbx.Transferred{Type: "blind", By: "101", Party: "100", Target: "#101", OK: true}),
			[]string{"0:01.500 INFO  c1 transfer blind by=101 party=100 to=#101 ok"}},
		{"fault", ev(2, pbx.ScriptFault{RoutePoint: "#101", Why: "step budget", Pos: "Park.cs(9,1)"}),
			[]string{"0:01.500 ERROR c2 #101 Park.cs(9,1) fault: step budget"}},
		{"compile failed", ev(0, pbx.Note{Source: "#101", Msg: "compile failed (the previous code stays in use):\nPark.cs(3,4): error CS1002: ; expected\nPark.cs(5,1): error CS0103: x"}),
			[]string{
				"0:01.500 ERROR #101 compile failed (the previous code stays in use):",
				"0:01.500 ERROR #101   Park.cs(3,4): error CS1002: ; expected",
				"0:01.500 ERROR #101   Park.cs(5,1): error CS0103: x",
			}},
		{"loaded", ev(0, pbx.Note{Source: "#101", Msg: "loaded Park.cs: OK"}),
			[]string{"0:01.500 INFO  #101 loaded Park.cs: OK"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := appendLines(nil, d.traceLine(tt.e))
			var got []string
			for i := range lines {
				got = append(got, renderTraceLine(&lines[i], 200, &noColor))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// noColor renders levels without escapes, for comparing text.
var noColor = Styles{}

// fakeHost is a ScriptHost whose #101 failed to compile an update.
type fakeHost struct{ polls atomic.Int32 }

func (h *fakeHost) Status(number string) (hosted, ok, loaded bool, diags []string) {
	if number != "#101" {
		return false, false, false, nil
	}
	return true, false, true, []string{"Park.cs(3,4): error CS1002: ; expected"}
}

func (h *fakeHost) Poll() { h.polls.Add(1) }

func TestDriverShowsScriptState(t *testing.T) {
	p := pbx.New(pbx.DefaultConfig(), pbx.Options{Seed: 1})
	h := &fakeHost{}
	drv := NewDriver(p, DriverOptions{Paused: true, Host: h, PollEvery: 5 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { p.Loop().Run(ctx, nil); close(done) }()
	defer func() { cancel(); <-done }()
	m := New(Options{Backend: drv})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	msgs := make(chan tea.Msg, 100)
	drv.Start(ctx, func(x tea.Msg) { msgs <- x })
	l := &live{t: t, m: m, drv: drv, p: p, msgs: msgs}
	l.await("the route point's red dot", func(m *Model) bool {
		return len(m.snap.RoutePoints) == 1 && m.snap.RoutePoints[0].Hosted && !m.snap.RoutePoints[0].OK
	})
	l.await("the diagnostics in the trace", func(m *Model) bool {
		for i := 0; i < m.trace.lines.len(); i++ {
			if x := m.trace.lines.at(i); x.Level == LevelError && strings.Contains(x.Text, "CS1002") && x.RoutePoint == "#101" {
				return true
			}
		}
		return false
	})
	l.await("a few polls", func(*Model) bool { return h.polls.Load() >= 2 })
	if got := plain(t, m); !strings.Contains(got, "#101 ParkingRoutePointSample.cs 1 error(s)") {
		t.Errorf("the route points pane does not show the error:\n%s", got)
	}
}

func TestDriverOutsideCaller(t *testing.T) {
	l := startLive(t, true)
	l.await("the first snapshot", func(m *Model) bool { return len(m.snap.Phones) >= 5 })
	press(l.m, "i", "enter") // the offered example caller to the first DID, which rings 101
	l.await("101 ringing", phoneIs("101", "ringing"))
	l.await("the caller in the phones list", func(m *Model) bool { return m.phoneIndex("+4917012345") >= 0 })
	if !l.m.Select("+4917012345") {
		t.Fatal("cannot select the outside caller")
	}
	press(l.m, "x")
	l.await("101 idle after the caller hung up", phoneIs("101", "idle"))
}
