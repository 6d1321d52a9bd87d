package tui

import (
	"context"
	"path/filepath"
	"strings"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"rpbench/pbx"
)

// ScriptHost is the route-point host as the workbench needs it: the green
// dot and diagnostics of each route point, and picking up edited scripts.
// Its methods are called on the PBX loop. callflow's host is adapted to it
// by the command that wires the TUI.
type ScriptHost interface {
	// Status returns a route point's script state: ok is the green dot,
	// loaded says some version of the script runs, diags are the compile
	// diagnostics of the latest version ("file(line,col): error CSxxxx: ...").
	// hosted is false for a route point the host does not serve, and for
	// one it has not checked yet: then diags holds one word, "checking".
	Status(number string) (hosted, ok, loaded bool, diags []string)
	// Poll re-reads every script whose file changed.
	Poll()
}

// DriverOptions configures a Driver.
type DriverOptions struct {
	Host      ScriptHost    // nil: route points have no handler
	Record    *Recording    // non-nil: commands are recorded into it
	PollEvery time.Duration // how often edited scripts are looked for (0: 500ms)
	TickEvery time.Duration // how often the clock bar is refreshed (0: 100ms)
	Paused    bool          // start with the clock paused instead of in real time
}

// Driver is the Backend over a real PBX. It posts commands to the PBX loop,
// subscribes to its events on the loop, and forwards trace lines and
// snapshots to the Bubble Tea program from a goroutine of its own, so the
// loop never waits for the screen.
type Driver struct {
	p    *pbx.PBX
	loop *pbx.Loop
	opts DriverOptions

	mu        sync.Mutex
	lines     []TraceLine
	snap      *Snapshot
	errs      []error
	clock     *ClockView
	mode      ClockMode
	speed     int
	snapAsked bool // a snapshot is posted to the loop and not yet made
	wake      chan struct{}
	rps       map[string]bool // the route points' numbers (the config does not change)
}

// NewDriver returns a Driver for p. Call Start to connect it to a program.
func NewDriver(p *pbx.PBX, o DriverOptions) *Driver {
	if o.PollEvery <= 0 {
		o.PollEvery = 500 * time.Millisecond
	}
	if o.TickEvery <= 0 {
		o.TickEvery = 100 * time.Millisecond
	}
	d := &Driver{p: p, loop: p.Loop(), opts: o, wake: make(chan struct{}, 1), mode: ClockReal, speed: 1,
		rps: map[string]bool{}}
	for _, rp := range p.Config().RoutePoints {
		d.rps[rp.Number] = true
	}
	if o.Paused {
		d.mode = ClockPaused
		d.loop.SetSpeed(pbx.Paused)
	} else {
		d.loop.SetSpeed(pbx.RealTime)
	}
	return d
}

// Start subscribes to the PBX and forwards to send (a tea.Program's Send)
// until ctx ends. The loop itself is run by the caller (pbx.Loop.Run).
func (d *Driver) Start(ctx context.Context, send func(tea.Msg)) {
	d.p.Post(func() {
		d.p.Subscribe(d.onEvent)
		d.startLines()
		d.makeSnapshot()
	})
	go d.forward(ctx, send)
}

// startLines puts the route points' state at start into the trace: the
// host checked the scripts before anyone subscribed. It runs on the loop.
func (d *Driver) startLines() {
	at := d.loop.Elapsed()
	var out []TraceLine
	for _, rp := range d.p.Config().RoutePoints {
		l := TraceLine{At: at, Kind: "compile", RoutePoint: rp.Number, Level: LevelInfo}
		hosted, ok, _, diags := false, false, false, []string(nil)
		if d.opts.Host != nil {
			hosted, ok, _, diags = d.opts.Host.Status(rp.Number)
		}
		switch {
		case !hosted:
			l.Level, l.Text = LevelWarn, "no handler: calls to this route point fail"
		case ok:
			l.Text = "loaded " + filepath.Base(rp.Script) + ": OK"
		default:
			l.Level, l.Text = LevelError, "compile failed:\n"+strings.Join(diags, "\n")
		}
		out = appendLines(out, l)
	}
	d.mu.Lock()
	d.lines = append(d.lines, out...)
	d.mu.Unlock()
	d.signal()
}

// SnapshotBeforeRun makes the first snapshot on the caller's goroutine. Call
// it only before the loop runs, when nothing else touches the PBX: rpbench
// draws its first frame from it without waiting for the loop.
func (d *Driver) SnapshotBeforeRun() Snapshot { return d.convert(d.p.Snapshot()) }

// Snapshot makes a snapshot on the loop and waits for it (for the first
// frame and for tests). Do not call it from the loop.
func (d *Driver) Snapshot(ctx context.Context) (Snapshot, error) {
	ch := make(chan Snapshot, 1)
	d.p.Post(func() { ch <- d.convert(d.p.Snapshot()) })
	select {
	case s := <-ch:
		return s, nil
	case <-ctx.Done():
		return Snapshot{}, ctx.Err()
	}
}

func (d *Driver) signal() {
	select {
	case d.wake <- struct{}{}:
	default:
	}
}

// forward runs on its own goroutine: it hands the collected lines, errors
// and the latest snapshot to the program, and ticks the clock bar and the
// script poll.
func (d *Driver) forward(ctx context.Context, send func(tea.Msg)) {
	tick := time.NewTicker(d.opts.TickEvery)
	defer tick.Stop()
	poll := time.NewTicker(d.opts.PollEvery)
	defer poll.Stop()
	// The program renders after every message: at most one batch a frame,
	// however fast the loop runs (x100 with many calls).
	const frame = time.Second / 60
	var last time.Time
	for {
		select {
		case <-ctx.Done():
			return
		case <-d.wake:
			if wait := frame - time.Since(last); wait > 0 {
				select {
				case <-ctx.Done():
					return
				case <-time.After(wait):
				}
			}
			last = time.Now()
		case <-tick.C:
			d.p.Post(d.makeClock)
			continue
		case <-poll.C:
			if d.opts.Host != nil {
				d.p.Post(d.opts.Host.Poll)
			}
			continue
		}
		d.mu.Lock()
		lines, snap, errs, clock := d.lines, d.snap, d.errs, d.clock
		d.lines, d.snap, d.errs, d.clock = nil, nil, nil, nil
		d.mu.Unlock()
		if len(lines) > 0 {
			send(TraceMsg{Lines: lines})
		}
		for _, err := range errs {
			send(ErrorMsg{Err: err})
		}
		if snap != nil {
			send(SnapshotMsg{Snapshot: *snap})
		} else if clock != nil {
			send(ClockMsg{Clock: *clock})
		}
	}
}

// onEvent runs on the loop for every PBX event.
func (d *Driver) onEvent(e pbx.Event) {
	l := d.traceLine(e)
	d.mu.Lock()
	d.lines = appendLines(d.lines, l)
	ask := !d.snapAsked
	d.snapAsked = true
	d.mu.Unlock()
	if ask {
		// Coalesce: one snapshot after the work that is queued now.
		d.loop.Post(d.makeSnapshot)
	}
	d.signal()
}

// makeSnapshot runs on the loop.
func (d *Driver) makeSnapshot() {
	s := d.convert(d.p.Snapshot())
	d.mu.Lock()
	d.snap = &s
	d.snapAsked = false
	d.mu.Unlock()
	d.signal()
}

// makeClock runs on the loop.
func (d *Driver) makeClock() {
	c := d.clockView()
	d.mu.Lock()
	d.clock = &c
	d.mu.Unlock()
	d.signal()
}

// clockView runs on the loop.
func (d *Driver) clockView() ClockView {
	d.mu.Lock()
	c := ClockView{Mode: d.mode, Speed: d.speed}
	d.mu.Unlock()
	c.Now, c.Elapsed = d.loop.Now(), d.loop.Elapsed()
	if t, ok := d.loop.NextTimer(); ok {
		c.Next = Elapsed(t.Sub(c.Now))
	}
	return c
}

// Do carries a command to the PBX. It never blocks.
func (d *Driver) Do(c Command) {
	switch c.Op {
	case OpPause:
		d.setClock(ClockPaused, 0)
		return
	case OpRun:
		sp := max(c.Speed, 1)
		mode := ClockVirtual
		if sp == 1 {
			mode = ClockReal
		}
		d.setClock(mode, sp)
		return
	case OpStep:
		d.setClock(ClockPaused, 0)
		d.loop.RequestStep()
		d.p.Post(d.makeSnapshot)
		return
	case OpReload:
		if d.opts.Host != nil {
			d.p.Post(d.opts.Host.Poll)
		}
		d.p.Post(d.makeSnapshot)
		return
	}
	d.p.Post(func() {
		if d.opts.Record != nil {
			d.opts.Record.Add(d.loop.Elapsed(), c)
		}
		if err := d.apply(c); err != nil {
			d.mu.Lock()
			d.errs = append(d.errs, err)
			d.mu.Unlock()
			d.signal()
		}
		d.makeSnapshot()
	})
}

func (d *Driver) setClock(mode ClockMode, speed int) {
	d.mu.Lock()
	d.mode = mode
	if speed > 0 {
		d.speed = speed
	}
	d.mu.Unlock()
	if mode == ClockPaused {
		d.loop.SetSpeed(pbx.Paused)
	} else {
		d.loop.SetSpeed(float64(speed))
	}
	d.p.Post(d.makeSnapshot)
}

// apply runs on the loop.
func (d *Driver) apply(c Command) error {
	p := d.p
	switch c.Op {
	case OpDial:
		_, err := p.Dial(c.From, c.To)
		return err
	case OpAnswer:
		return p.Answer(c.From)
	case OpReject:
		return p.Reject(c.From)
	case OpDrop:
		return p.Drop(c.From)
	case OpHold:
		return p.Hold(c.From)
	case OpResume:
		return p.Resume(c.From)
	case OpTransfer:
		return p.BlindTransfer(c.From, c.To)
	case OpConsult:
		_, err := p.Consult(c.From, c.To)
		return err
	case OpComplete:
		return p.CompleteTransfer(c.From)
	case OpDTMF:
		return p.SendDTMF(c.From, c.Digits)
	case OpPickup:
		return p.Pickup(c.From, c.To)
	case OpInbound:
		trunk := c.Trunk
		if trunk == "" {
			trunk = d.trunkFor(c.DID)
		}
		_, err := p.InboundCall(trunk, c.CallerID, "", c.DID)
		return err
	}
	return nil
}

// trunkFor returns the trunk that owns a DID, or the first trunk.
func (d *Driver) trunkFor(did string) string {
	first := ""
	for _, t := range d.p.Config().Trunks {
		if first == "" {
			first = t.Number
		}
		for _, x := range t.DIDs {
			if x.DID == did {
				return t.Number
			}
		}
	}
	return first
}

// convert turns a PBX snapshot into the screen's; it runs on the loop
// because it asks the script host.
func (d *Driver) convert(s pbx.Snapshot) Snapshot {
	out := Snapshot{Clock: d.clockView()}
	for _, t := range d.p.Config().Trunks {
		for _, x := range t.DIDs {
			out.DIDs = append(out.DIDs, x.DID)
		}
	}
	names := make(map[string]string, len(s.Phones))
	for _, ph := range s.Phones {
		names[ph.Number] = ph.Name
	}
	for _, dn := range d.p.DNs() {
		if _, ok := names[dn.Number]; !ok {
			names[dn.Number] = dn.Name
		}
	}
	who := func(num string) string {
		if n := names[num]; n != "" {
			return num + " " + n
		}
		return num
	}
	for _, ph := range s.Phones {
		v := PhoneView{Number: ph.Number, Name: ph.Name, State: ph.State, OnHold: ph.Held, Kind: "ext"}
		if ph.Kind != pbx.KindExtension {
			v.Kind = "external"
		}
		if ph.With != "" {
			v.With, v.Peer = who(ph.With), ph.With
		}
		if ph.State != "idle" {
			v.Hearing = hearing(ph.Hears)
			v.HearsKind, v.HearsWhat = ph.Hears.Kind.String(), ph.Hears.What
		}
		if len(ph.Conns) > 0 {
			v.Call = ph.Conns[0].Call.String()
		}
		if ph.DND {
			v.State += " dnd"
		}
		if !ph.Registered {
			v.State += " offline"
		}
		out.Phones = append(out.Phones, v)
	}
	for _, c := range s.Calls {
		cv := CallView{ID: c.ID.String()}
		for _, l := range c.Legs {
			cv.Legs = append(cv.Legs, legView(l, ""))
		}
		for _, f := range c.Forks {
			cv.Legs = append(cv.Legs, legView(f, "route"))
		}
		out.Calls = append(out.Calls, cv)
	}
	for _, rp := range s.RoutePoints {
		v := RoutePointView{Number: rp.Number, Name: rp.Name, Script: rp.Script, Active: len(rp.Sessions)}
		if d.opts.Host != nil {
			hosted, ok, loaded, diags := d.opts.Host.Status(rp.Number)
			switch {
			case hosted:
				v.Hosted, v.OK, v.Loaded, v.Diags = true, ok, loaded, diags
			case len(diags) > 0:
				v.Diags = diags // e.g. "checking": the host is starting
			default:
				v.Diags = []string{"no handler: the route-point host does not serve " + rp.Number}
			}
		} else {
			v.Diags = []string{"no handler: no route-point host is attached"}
		}
		out.RoutePoints = append(out.RoutePoints, v)
	}
	return out
}

func legView(c pbx.ConnInfo, note string) LegView {
	l := LegView{DN: c.Number, Status: c.Status.String()}
	var notes []string
	if note != "" {
		notes = append(notes, note)
	}
	if c.ReferredBy != "" {
		notes = append(notes, "referred by "+c.ReferredBy)
	}
	if c.OnBehalfOf != "" {
		notes = append(notes, "for "+c.OnBehalfOf)
	}
	if h := hearing(c.Hears); h != "" && c.Status != pbx.StatusRinging {
		notes = append(notes, "hears "+h)
	}
	l.Note = strings.Join(notes, ", ")
	return l
}

// hearing describes what a party hears when it is not simply the other party.
func hearing(m pbx.Media) string {
	switch m.Kind {
	case pbx.HearsMOH:
		return "MOH " + filepath.Base(m.What)
	case pbx.HearsPrompt:
		return "prompt " + m.What
	case pbx.HearsTone:
		return "tone " + m.What
	}
	return ""
}

// traceLine turns an event into a trace line; it runs on the loop and is cheap.
func (d *Driver) traceLine(e pbx.Event) TraceLine {
	l := TraceLine{Seq: e.Seq, At: e.Elapsed, Kind: e.Data.Kind(), Level: LevelDebug}
	if e.Call != 0 {
		l.Call = e.Call.String()
	}
	switch x := e.Data.(type) {
	case pbx.ScriptLog:
		l.RoutePoint, l.Pos, l.Text = x.RoutePoint, x.Pos, clean(x.Msg)
		l.Level = logLevel(x.Level)
		return l
	case pbx.ScriptFault:
		l.RoutePoint, l.Pos, l.Level = x.RoutePoint, x.Pos, LevelError
		l.Text = "fault: " + clean(x.Why)
		return l
	case pbx.ConnState:
		l.Level = LevelTrace
	case pbx.MediaChanged, pbx.DTMF, pbx.BackgroundAudio, pbx.ModeChanged:
		l.Level = LevelDebug
	case pbx.CallCreated, pbx.CallEnded, pbx.Forwarded:
		l.Level = LevelInfo
	case pbx.RoutePointStarted:
		l.RoutePoint, l.Level = x.RoutePoint, LevelInfo
	case pbx.RouteRequested:
		l.RoutePoint, l.Level = x.RoutePoint, LevelInfo
	case pbx.RouteResult:
		l.RoutePoint, l.Level = x.RoutePoint, LevelInfo
		if !x.OK {
			l.Level = LevelWarn
		}
	case pbx.PrimitiveResult:
		l.RoutePoint, l.Level = x.RoutePoint, LevelInfo
		if !x.OK {
			l.Level = LevelWarn
		}
	case pbx.Transferred:
		l.Level = LevelInfo
		if !x.OK {
			l.Level = LevelWarn
		}
	case pbx.ScriptReturned:
		l.RoutePoint, l.Level = x.RoutePoint, LevelInfo
	case pbx.OpDone:
		l.Level = LevelInfo
		if x.Err != "" {
			l.Level = LevelWarn
		}
	case pbx.Note:
		first, _, _ := strings.Cut(x.Msg, "\n")
		l.Level = noteLevel(first, LevelInfo)
		if d.rps[x.Source] {
			l.RoutePoint = x.Source
			l.Text = x.Msg
		} else {
			l.Text = x.Source + " " + x.Msg
		}
		return l
	}
	l.Text = eventText(e)
	return l
}

// appendLines appends l, split at newlines into several lines (a compile
// note carries one diagnostic a line); continuation lines are graded alone.
func appendLines(out []TraceLine, l TraceLine) []TraceLine {
	if !strings.Contains(l.Text, "\n") {
		l.Text = clean(l.Text)
		return append(out, l)
	}
	parts := strings.Split(l.Text, "\n")
	for i, p := range parts {
		x := l
		x.Text = clean(p)
		if i > 0 {
			x.Text = "  " + x.Text
			x.Level = noteLevel(p, LevelInfo)
		}
		out = append(out, x)
	}
	return out
}

func noteLevel(msg string, def Level) Level {
	switch {
	case strings.Contains(msg, ": error "), strings.Contains(msg, "compile failed"), strings.Contains(msg, "not loaded"):
		return LevelError
	case strings.Contains(msg, ": warning "):
		return LevelWarn
	}
	return def
}

// clean replaces control characters (a script may log newlines) with spaces.
func clean(s string) string {
	if strings.IndexFunc(s, isControl) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isControl(r) {
			return ' '
		}
		return r
	}, s)
}

func isControl(r rune) bool { return r < 0x20 || r == 0x7f }

// eventText is the event's text form without its sequence number, time and call.
func eventText(e pbx.Event) string {
	s := e.String()
	// "<seq> <time> <kind> <call> <fields>"
	for i := 0; i < 2; i++ {
		if j := strings.IndexByte(s, ' '); j >= 0 {
			s = s[j+1:]
		}
	}
	kind, rest, _ := strings.Cut(s, " ")
	_, fields, _ := strings.Cut(rest, " ")
	if fields == "" {
		return kind
	}
	return kind + " " + fields
}

func logLevel(l pbx.LogLevel) Level {
	switch l {
	case pbx.LevelTrace:
		return LevelTrace
	case pbx.LevelDebug:
		return LevelDebug
	case pbx.LevelInfo:
		return LevelInfo
	case pbx.LevelWarn:
		return LevelWarn
	}
	return LevelError
}
