package tui

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// recorder is a Backend that keeps the commands it is given.
type recorder struct{ cmds []Command }

func (r *recorder) Do(c Command) { r.cmds = append(r.cmds, c) }

func (r *recorder) last() Command {
	if len(r.cmds) == 0 {
		return Command{}
	}
	return r.cmds[len(r.cmds)-1]
}

var start = time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC)

// fixture is a PBX state like the demo's, mid-call: 100 transferred 101's
// caller to #101, where it hears music; 102 rings.
func fixture() Snapshot {
	return Snapshot{
		Phones: []PhoneView{
			{Number: "100", Name: "Alice", Kind: "ext", State: "idle"},
			{Number: "101", Name: "Bob", Kind: "ext", State: "connected", With: "+4930555 Trunk", Call: "c1"},
			{Number: "102", Name: "Carol", Kind: "ext", State: "ringing", With: "103 Dave", Call: "c2"},
			{Number: "103", Name: "Dave", Kind: "ext", State: "dialing", With: "102 Carol", Call: "c2"},
			{Number: "104", Name: "Erin", Kind: "ext", State: "connected", With: "#101 Park", OnHold: false, Hearing: "MOH music.wav", HearsKind: "moh", HearsWhat: "music/music.wav", Call: "c3"},
			{Number: "105", Name: "Frank", Kind: "ext", State: "connected", With: "100 Alice", OnHold: true, Call: "c4"},
		},
		Calls: []CallView{
			{ID: "c1", Legs: []LegView{{DN: "+4930555", Status: "connected"}, {DN: "101", Status: "connected"}}},
			{ID: "c2", Legs: []LegView{{DN: "103", Status: "dialing"}, {DN: "102", Status: "ringing"}}},
			{ID: "c3", Legs: []LegView{{DN: "104", Status: "connected"}, {DN: "#101", Status: "connected", Note: "referred by 100"}}},
		},
		RoutePoints: []RoutePointView{
			{Number: "#101", Name: "Park", Script: "scripts/ParkingRoutePointSample.cs", Hosted: true, OK: true, Loaded: true, Active: 1},
			{Number: "#200", Name: "IVR", Script: "scripts/Ivr.cs", Hosted: true, OK: false, Loaded: true,
				Diags: []string{"scripts/Ivr.cs(12,5): error CS1002: ; expected", "scripts/Ivr.cs(20,9): error CS0103: The name 'x' does not exist in the current context"}},
			{Number: "#300", Name: "Nobody"},
		},
		DIDs:  []string{"+4930123450", "+4930123451"},
		Clock: ClockView{Now: start.Add(75*time.Second + 250*time.Millisecond), Elapsed: 75*time.Second + 250*time.Millisecond, Mode: ClockReal, Speed: 1, Next: "14.8s"},
	}
}

func fixtureTrace(n int) []TraceLine {
	var out []TraceLine
	kinds := []TraceLine{
		{Level: LevelInfo, Kind: "route", Call: "c3", RoutePoint: "#101", Text: "RouteTo 100/15s"},
		{Level: LevelDebug, Kind: "log", Call: "c3", RoutePoint: "#101", Pos: "Parking.cs(45,13)", Text: "parked call from 104, referred by 100"},
		{Level: LevelTrace, Kind: "conn", Call: "c2", Text: "102 ringing peer=103"},
		{Level: LevelWarn, Kind: "result", Call: "c3", RoutePoint: "#101", Text: "route r1 failed reason=\"no answer\""},
		{Level: LevelError, Kind: "compile", RoutePoint: "#200", Text: "scripts/Ivr.cs(12,5): error CS1002: ; expected"},
		{Level: LevelTrace, Kind: "log", Call: "c3", RoutePoint: "#101", Pos: "Parking.cs(20,139)", Text: "RoutePoint #101 - automatic redirection of the parked call from 104 back to 100 after 15 seconds, attempt 2"},
	}
	for i := 0; i < n; i++ {
		l := kinds[i%len(kinds)]
		l.Seq = uint64(i + 1)
		l.At = time.Duration(i) * 250 * time.Millisecond
		out = append(out, l)
	}
	return out
}

func newTestModel(w, h int) (*Model, *recorder) {
	r := &recorder{}
	m := New(Options{Backend: r, Title: "demo", Initial: fixture()})
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return m, r
}

// press sends key presses; each argument is a key name as tea prints it
// ("a", "enter", "space", "shift+tab") or literal text typed with "type:".
func press(m *Model, keys ...string) {
	for _, k := range keys {
		if t, ok := strings.CutPrefix(k, "type:"); ok {
			for _, r := range t {
				m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
			}
			continue
		}
		m.Update(keyMsg(k))
	}
}

func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	r := []rune(k)
	if len(r) != 1 {
		panic("keyMsg: unknown key " + k)
	}
	return tea.KeyPressMsg{Code: r[0], Text: k}
}

func TestKeyNames(t *testing.T) {
	// The key names the KeyMap uses must be what tea reports for these messages.
	for _, k := range []string{"enter", "esc", "tab", "shift+tab", "space", "up", "down", "pgup", "pgdown", "home", "end", "ctrl+c", "C", "?"} {
		if got := keyMsg(k).String(); got != k {
			t.Errorf("keyMsg(%q).String() = %q", k, got)
		}
	}
}

func TestActions(t *testing.T) {
	tests := []struct {
		name    string
		select_ string
		keys    []string
		want    []Command
	}{
		{"dial", "100", []string{"d", "type:101", "enter"}, []Command{{Op: OpDial, From: "100", To: "101"}}},
		{"dial cancelled", "100", []string{"d", "type:101", "esc"}, nil},
		{"dial edited", "100", []string{"d", "type:1019", "backspace", "enter"}, []Command{{Op: OpDial, From: "100", To: "101"}}},
		{"answer", "102", []string{"a"}, []Command{{Op: OpAnswer, From: "102"}}},
		{"reject", "102", []string{"r"}, []Command{{Op: OpReject, From: "102"}}},
		{"drop", "101", []string{"x"}, []Command{{Op: OpDrop, From: "101"}}},
		{"hold", "101", []string{"h"}, []Command{{Op: OpHold, From: "101"}}},
		{"resume", "105", []string{"h"}, []Command{{Op: OpResume, From: "105"}}},
		{"blind transfer", "101", []string{"t", "type:#101", "enter"}, []Command{{Op: OpTransfer, From: "101", To: "#101"}}},
		{"consult and complete", "101", []string{"c", "type:103", "enter", "C"},
			[]Command{{Op: OpConsult, From: "101", To: "103"}, {Op: OpComplete, From: "101"}}},
		{"dtmf", "104", []string{"n", "type:12#", "enter"}, []Command{{Op: OpDTMF, From: "104", Digits: "12#"}}},
		{"pickup prefilled", "100", []string{"p", "enter"}, []Command{{Op: OpPickup, From: "100", To: "102"}}},
		{"inbound", "100", []string{"i", "type:+4930111 0301234500", "enter"}, []Command{{Op: OpInbound, CallerID: "+4930111", DID: "0301234500"}}},
		{"inbound trunk", "100", []string{"i", "type:+4930111 0301234500 sip1", "enter"}, []Command{{Op: OpInbound, CallerID: "+4930111", DID: "0301234500", Trunk: "sip1"}}},
		{"inbound bad", "100", []string{"i", "type:+4930111", "enter"}, nil},
		{"inbound offered", "100", []string{"i", "enter"}, []Command{{Op: OpInbound, CallerID: "+4917012345", DID: "+4930123450"}}},
		{"pause", "100", []string{"space"}, []Command{{Op: OpPause}}},
		{"step", "100", []string{"s"}, []Command{{Op: OpStep}}},
		{"speeds", "100", []string{"2", "3", "1"}, []Command{{Op: OpRun, Speed: 10}, {Op: OpRun, Speed: 100}, {Op: OpRun, Speed: 1}}},
		{"reload", "100", []string{"R"}, []Command{{Op: OpReload}}},
		{"select down then answer", "101", []string{"down", "a"}, []Command{{Op: OpAnswer, From: "102"}}},
		{"select clamps at top", "100", []string{"up", "up", "x"}, []Command{{Op: OpDrop, From: "100"}}},
		{"help swallows a key", "100", []string{"?", "a", "a"}, []Command{{Op: OpAnswer, From: "100"}}},
		{"keys in a prompt are text", "100", []string{"d", "type:ax", "enter"}, []Command{{Op: OpDial, From: "100", To: "ax"}}},
		{"the last value is offered", "101", []string{"t", "type:#101", "enter", "t", "enter"},
			[]Command{{Op: OpTransfer, From: "101", To: "#101"}, {Op: OpTransfer, From: "101", To: "#101"}}},
		{"typing replaces the offered value", "101", []string{"c", "type:103", "enter", "c", "type:104", "enter"},
			[]Command{{Op: OpConsult, From: "101", To: "103"}, {Op: OpConsult, From: "101", To: "104"}}},
		{"end keeps the offered value to edit", "101", []string{"c", "type:103", "enter", "c", "end", "type:9", "enter"},
			[]Command{{Op: OpConsult, From: "101", To: "103"}, {Op: OpConsult, From: "101", To: "1039"}}},
		{"backspace clears the offered value", "101", []string{"c", "type:103", "enter", "c", "backspace", "type:5", "enter"},
			[]Command{{Op: OpConsult, From: "101", To: "103"}, {Op: OpConsult, From: "101", To: "5"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, r := newTestModel(80, 24)
			if !m.Select(tt.select_) {
				t.Fatalf("no phone %s", tt.select_)
			}
			press(m, tt.keys...)
			if fmt.Sprint(r.cmds) != fmt.Sprint(tt.want) {
				t.Errorf("commands\n got %v\nwant %v", r.cmds, tt.want)
			}
		})
	}
}

func TestPauseResumesAtSpeed(t *testing.T) {
	m, r := newTestModel(80, 24)
	s := fixture()
	s.Clock.Mode, s.Clock.Speed = ClockPaused, 10
	m.Update(SnapshotMsg{s})
	press(m, "space")
	if got := r.last(); got != (Command{Op: OpRun, Speed: 10}) {
		t.Errorf("space while paused sent %v, want run x10", got)
	}
}

func TestQuit(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		m, _ := newTestModel(80, 24)
		_, cmd := m.Update(keyMsg(k))
		if cmd == nil {
			t.Fatalf("%s: no command", k)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Errorf("%s: command gives %T, want tea.QuitMsg", k, cmd())
		}
	}
}

func TestSelectionSurvivesSnapshots(t *testing.T) {
	m, _ := newTestModel(80, 24)
	m.Select("103")
	s := fixture()
	s.Phones = append([]PhoneView{{Number: "099", Name: "New", State: "idle"}}, s.Phones...)
	m.Update(SnapshotMsg{s})
	if m.Selected() != "103" {
		t.Errorf("selected %s after a snapshot, want 103", m.Selected())
	}
	s.Phones = s.Phones[:2]
	m.Update(SnapshotMsg{s})
	if m.Selected() != "099" {
		t.Errorf("selected %s after 103 left, want the first phone 099", m.Selected())
	}
}

func TestTraceFilter(t *testing.T) {
	m, _ := newTestModel(120, 40)
	m.Update(TraceMsg{fixtureTrace(50)})
	press(m, "/", "type:call=c3 level=info", "enter")
	f := m.Filter()
	if f.Call != "c3" || f.MinLevel != LevelInfo {
		t.Fatalf("filter = %+v", f)
	}
	for _, l := range m.trace.visible() {
		if l.Call != "c3" || l.Level < LevelInfo {
			t.Errorf("visible line %+v does not match the filter", *l)
		}
	}
	if len(m.trace.visible()) == 0 {
		t.Error("no lines match")
	}
	press(m, "esc")
	if m.Filter().Active() {
		t.Errorf("esc left filter %v", m.Filter())
	}
	// "." filters on the selected phone's call.
	m.Select("104")
	press(m, ".")
	if m.Filter().Call != "c3" {
		t.Errorf(". on 104 set filter %v, want call=c3", m.Filter())
	}
	// L cycles the level.
	press(m, "esc", "L", "L")
	if m.Filter().MinLevel != LevelInfo {
		t.Errorf("L L gives level %v, want INFO", m.Filter().MinLevel)
	}
	// A bad level is refused with an error and leaves the filter alone.
	press(m, "/", "ctrl+c")
	press(m, "/", "type:level=loud", "enter")
	if !strings.Contains(m.status, "unknown level") || m.statusOK {
		t.Errorf("status %q ok=%v, want an error about the level", m.status, m.statusOK)
	}
}

func TestTraceFollowAndScroll(t *testing.T) {
	m, _ := newTestModel(80, 24)
	m.Update(TraceMsg{fixtureTrace(100)})
	vis := m.trace.visible()
	if got := vis[len(vis)-1].Seq; got != 100 {
		t.Fatalf("following: last visible %d, want 100", got)
	}
	press(m, "pgup")
	if m.trace.follow {
		t.Fatal("pgup left follow on")
	}
	top := m.trace.visible()[0].Seq
	m.Update(TraceMsg{fixtureTrace(110)[100:]})
	if got := m.trace.visible()[0].Seq; got != top {
		t.Errorf("new lines moved a scrolled window: first %d, want %d", got, top)
	}
	press(m, "home")
	if got := m.trace.visible()[0].Seq; got != 1 {
		t.Errorf("home: first visible %d, want 1", got)
	}
	press(m, "pgup")
	if got := m.trace.visible()[0].Seq; got != 1 {
		t.Errorf("pgup at the top: first visible %d, want 1", got)
	}
	press(m, "end")
	if !m.trace.follow || m.trace.visible()[len(m.trace.visible())-1].Seq != 110 {
		t.Error("end did not follow again")
	}
	press(m, "F")
	if m.trace.follow {
		t.Error("F did not turn follow off")
	}
}

func TestRingDropsOldest(t *testing.T) {
	r := newRing(3)
	for i := 1; i <= 5; i++ {
		r.push(TraceLine{Seq: uint64(i)})
	}
	if r.len() != 3 || r.at(0).Seq != 3 || r.at(2).Seq != 5 || r.dropped() != 2 {
		t.Errorf("ring = len %d first %d last %d dropped %d", r.len(), r.at(0).Seq, r.at(2).Seq, r.dropped())
	}
}

func TestMouse(t *testing.T) {
	m, r := newTestModel(80, 24)
	l := m.layout()
	// Click the fourth phone row (103).
	m.Update(tea.MouseClickMsg{X: 3, Y: l.phones.y + 2 + 3, Button: tea.MouseLeft})
	if m.Selected() != "103" {
		t.Errorf("click selected %s, want 103", m.Selected())
	}
	press(m, "x")
	if r.last() != (Command{Op: OpDrop, From: "103"}) {
		t.Errorf("drop after click sent %v", r.last())
	}
	// Click the second route point twice: select, then diagnostics.
	y := l.rps.y + 2
	m.Update(tea.MouseClickMsg{X: l.rps.x + 2, Y: y, Button: tea.MouseLeft})
	m.Update(tea.MouseClickMsg{X: l.rps.x + 2, Y: y, Button: tea.MouseLeft})
	if m.rp != "#200" || !m.showDiags {
		t.Errorf("route point clicks: rp %s diags %v", m.rp, m.showDiags)
	}
	// A click on a trace line filters on its call.
	m.showDiags = false
	m.Update(TraceMsg{fixtureTrace(100)})
	row := 0
	for m.trace.visible()[row].Call == "" {
		row++
	}
	want := m.trace.visible()[row]
	m.Update(tea.MouseClickMsg{X: 5, Y: l.trace.y + 1 + row, Button: tea.MouseLeft})
	if m.Filter().Call == "" || m.Filter().Call != want.Call {
		t.Errorf("click on the trace line %+v set filter %v", *want, m.Filter())
	}
	press(m, "esc")
	// The wheel over the trace scrolls it.
	m.Update(tea.MouseWheelMsg{X: 5, Y: l.trace.y + 2, Button: tea.MouseWheelUp})
	if m.trace.follow || m.trace.offset != 3 {
		t.Errorf("wheel: follow %v offset %d", m.trace.follow, m.trace.offset)
	}
}

// plain renders the model's screen with no colour, as the golden files hold it.
func plain(t testing.TB, m *Model) string {
	var b strings.Builder
	w := &colorprofile.Writer{Forward: &b, Profile: colorprofile.NoTTY}
	if _, err := w.WriteString(m.Render()); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the view; got:\n%s\nwant:\n%s", path, got, want)
	}
}

func TestViews(t *testing.T) {
	sizes := []struct{ w, h int }{{80, 24}, {120, 40}}
	screens := []struct {
		name string
		keys []string
	}{
		{"main", nil},
		{"help", []string{"?"}},
		{"diagnostics", []string{"tab", "tab", "down", "v"}},
		{"prompt", []string{"down", "t", "type:#10"}},
		{"filtered", []string{"/", "type:call=c3", "enter", "pgup"}},
		{"wrapped", []string{"w"}},
	}
	for _, sz := range sizes {
		for _, sc := range screens {
			name := fmt.Sprintf("%s-%dx%d", sc.name, sz.w, sz.h)
			t.Run(name, func(t *testing.T) {
				m, _ := newTestModel(sz.w, sz.h)
				m.Update(TraceMsg{fixtureTrace(200)})
				press(m, sc.keys...)
				got := plain(t, m)
				lines := strings.Split(got, "\n")
				if len(lines) != sz.h {
					t.Errorf("%d lines, want %d", len(lines), sz.h)
				}
				for i, l := range lines {
					if n := len([]rune(l)); n > sz.w {
						t.Errorf("line %d is %d cells wide, max %d: %q", i+1, n, sz.w, l)
					}
				}
				golden(t, name, got)
			})
		}
	}
}

func TestViewANSI256(t *testing.T) {
	m, _ := newTestModel(80, 24)
	m.Update(TraceMsg{fixtureTrace(30)})
	var b strings.Builder
	w := &colorprofile.Writer{Forward: &b, Profile: colorprofile.ANSI256}
	if _, err := w.WriteString(m.Render()); err != nil {
		t.Fatal(err)
	}
	golden(t, "main-80x24-ansi256", b.String())
}

func TestAnySizeRenders(t *testing.T) {
	m, _ := newTestModel(80, 24)
	m.Update(TraceMsg{fixtureTrace(50)})
	for w := 1; w <= 130; w += 7 {
		for h := 1; h <= 45; h += 4 {
			m.Update(tea.WindowSizeMsg{Width: w, Height: h})
			for _, keys := range [][]string{nil, {"?"}, {"v"}} {
				press(m, keys...)
				got := plain(t, m)
				if n := strings.Count(got, "\n") + 1; n != m.height {
					t.Errorf("%dx%d %v: %d lines, want %d", w, h, keys, n, m.height)
				}
				press(m, "esc")
			}
		}
	}
}

// fakeAudio records what the model asks to hear.
type fakeAudio struct {
	heard []string
	muted bool
}

func (a *fakeAudio) Hear(kind, what string) string {
	a.heard = append(a.heard, kind+":"+what)
	if kind == "moh" {
		return "music " + what
	}
	return ""
}

func (a *fakeAudio) SetMuted(m bool) { a.muted = m }

func TestAudioFollowsSelectionAndClock(t *testing.T) {
	a := &fakeAudio{}
	m := New(Options{Backend: &recorder{}, Initial: fixture(), Audio: a})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m.Select("104")
	press(m, "F") // any key: the model syncs the sound after each message
	if got := a.heard[len(a.heard)-1]; got != "moh:music/music.wav" {
		t.Fatalf("104 selected in real time: heard %v", a.heard)
	}
	if s := plain(t, m); !strings.Contains(s, "♪ music music/music.wav") {
		t.Errorf("the clock bar does not show the music:\n%s", s)
	}
	s := fixture()
	s.Clock.Mode = ClockVirtual
	m.Update(SnapshotMsg{s})
	if got := a.heard[len(a.heard)-1]; got != ":" {
		t.Errorf("a fast clock still plays %s", got)
	}
	s.Clock.Mode = ClockReal
	m.Update(SnapshotMsg{s})
	press(m, "m")
	if !a.muted {
		t.Error("m did not mute")
	}
	if got := a.heard[len(a.heard)-1]; got != ":" {
		t.Errorf("muted, the model asks for %s", got)
	}
	press(m, "m", "up")
	if got := a.heard[len(a.heard)-1]; got != ":" || a.muted {
		t.Errorf("103 (dialing, no hearing) selected: heard %s, muted %v", got, a.muted)
	}
}

func TestRoutePointDots(t *testing.T) {
	m, _ := newTestModel(120, 40)
	s := fixture()
	s.RoutePoints = []RoutePointView{
		{Number: "#101", Script: "a/Park.cs", Diags: []string{"checking"}},
		{Number: "#102", Script: "a/Ok.cs", Hosted: true, OK: true, Loaded: true},
		{Number: "#103", Script: "a/Bad.cs", Hosted: true, Loaded: true, Diags: []string{"x"}},
		{Number: "#104", Diags: []string{"no handler: no route-point host is attached"}},
	}
	m.Update(SnapshotMsg{s})
	got := plain(t, m)
	// The pane scrolls to the selected route point: select the last one too.
	press(m, "tab", "tab", "down", "down", "down")
	got += plain(t, m)
	for _, want := range []string{"◌ #101 Park.cs (checking)", "● #102 Ok.cs", "● #103 Bad.cs 1 error(s)", "○ #104 (no script) (no handler)"} {
		if !strings.Contains(got, want) {
			t.Errorf("the screen lacks %q:\n%s", want, got)
		}
	}
}

func TestPhonesScrollToTheSelection(t *testing.T) {
	m, r := newTestModel(80, 24)
	m.Update(SnapshotMsg{bigSnapshot(100)})
	m.Select("150")
	if s := plain(t, m); !strings.Contains(s, "▸ 150") {
		t.Fatalf("the selected phone 150 is not on the screen:\n%s", s)
	}
	// 150 is on the last row; a click on the row above selects 149.
	l := m.layout()
	y := l.phones.y + l.phones.h - 2
	m.Update(tea.MouseClickMsg{X: 2, Y: y, Button: tea.MouseLeft})
	lines := strings.Split(plain(t, m), "\n")
	if m.Selected() != "149" || !strings.Contains(lines[y], "▸ 149") {
		t.Errorf("clicked row %q, selected %s, want 149", lines[y], m.Selected())
	}
	press(m, "a")
	if r.last().From != m.Selected() {
		t.Errorf("answer went to %s, selected %s", r.last().From, m.Selected())
	}
}

// TestEveryKeyOnAnyState presses every bound key, then Enter, on an empty
// PBX and on the fixture, at 80x24: nothing may panic.
func TestEveryKeyOnAnyState(t *testing.T) {
	var keys []string
	for _, group := range DefaultKeyMap().FullHelp() {
		for _, b := range group {
			keys = append(keys, b.Keys()...)
		}
	}
	for _, snap := range []Snapshot{{}, fixture()} {
		for _, k := range keys {
			if k == "q" || k == "ctrl+c" {
				continue
			}
			m := New(Options{Backend: &recorder{}, Initial: snap})
			m.Update(TraceMsg{fixtureTrace(10)})
			for _, seq := range [][]string{{k}, {k, "enter"}, {k, "type:x", "enter"}, {"tab", k}, {"tab", "tab", k, "enter"}} {
				press(m, seq...)
				_ = plain(t, m)
				press(m, "esc")
			}
		}
	}
}

func TestCallsShowTheirLegs(t *testing.T) {
	m, _ := newTestModel(80, 24)
	s := fixture()
	s.Calls = []CallView{{ID: "c1", Legs: []LegView{
		{DN: "100", Status: "connected", Note: "hears MOH park.wav"},
		{DN: "#101", Status: "connected"},
		{DN: "101", Status: "ringing", Note: "route"},
	}}}
	m.Update(SnapshotMsg{s})
	got := plain(t, m)
	for _, want := range []string{"│c1\n", "│  100 connected · hears MOH park.w", "│  #101 connected", "│  101 ringing · route"} {
		if !strings.Contains(got, want) {
			t.Errorf("the calls pane lacks %q:\n%s", want, got)
		}
	}
	// A click on a leg selects its call.
	l := m.layout()
	m.Update(tea.MouseClickMsg{X: l.calls.x + 3, Y: l.calls.y + 3, Button: tea.MouseLeft})
	if m.focus != paneCalls || m.callIdx != 0 {
		t.Errorf("click on a leg: focus %v call %d", m.focus, m.callIdx)
	}
	press(m, ".")
	if m.Filter().Call != "c1" {
		t.Errorf(". on the calls pane filters %v, want call=c1", m.Filter())
	}
}
