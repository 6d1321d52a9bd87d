package runner

import (
	"bytes"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"rpbench/pbx"
)

// Options configure loading and running scenarios.
type Options struct {
	// Update rewrites golden files instead of comparing them.
	Update bool
	// Handlers adds Go route-point handlers that scenarios bind with
	// `route_points: {NUMBER: {handler: go:NAME}}`, keyed by "go:NAME".
	// They take precedence over the built-in ones (BuiltinHandlers).
	Handlers map[string]HandlerFactory
	// RoutePointHost, when set, is called for each scenario after the PBX is
	// built and the Go handlers are registered, and before the first step:
	// it hosts the route points that run scripts. CallflowHost hosts C#
	// scripts (rpbench run uses it); without a host, a call reaching a
	// scripted route point fails with "not found". An error fails the
	// scenario as a setup error.
	RoutePointHost func(h *Host) error
	// CheckScripts, when set, checks the scripts of a scenario's route
	// points when it is loaded; its errors make the scenario bad input
	// (exit 2), as compile errors of a script are.
	CheckScripts func(s *Scenario, cfg *pbx.Config) ErrorList
}

// Host is what a RoutePointHost sees of a scenario about to run.
type Host struct {
	Scenario *Scenario
	Config   *pbx.Config
	PBX      *pbx.PBX
	// Location is the time zone scripts see as local time.
	Location *time.Location
	// Dir is the scenario's folder: relative script paths, fixture files
	// and the scripts' file sandbox resolve against it.
	Dir string
}

// Fixture returns the scenario's HTTP fixture that answers a request, or nil.
func (h *Host) Fixture(method, url string) *HTTPFixture { return h.Scenario.FindFixture(method, url) }

// Load reads a scenario file and checks it against its PBX config: every
// problem is returned as an ErrorList of positioned errors.
func Load(path string, opts Options) (*Scenario, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, ErrorList{{Pos: Pos{File: path}, Msg: "cannot read scenario: " + unwrapPathErr(err)}}
	}
	return LoadBytes(path, data, opts)
}

// LoadBytes is Load for a scenario already read.
func LoadBytes(path string, data []byte, opts Options) (*Scenario, error) {
	s, err := Parse(path, data)
	if err != nil {
		return nil, err
	}
	cfg, err := loadConfig(s)
	var errs ErrorList
	if err != nil {
		errs = append(errs, err.(ErrorList)...)
	}
	if cfg != nil {
		if err := checkRefs(s, cfg); err != nil {
			errs = append(errs, err.(ErrorList)...)
		}
		s.cfg = cfg
		if check := opts.CheckScripts; check != nil && len(errs) == 0 {
			errs = append(errs, check(s, cfg)...)
		}
	}
	for _, b := range s.PBX.RoutePoints {
		if b.Handler == "" || !strings.HasPrefix(b.Handler, "go:") {
			continue
		}
		f := lookupHandler(b.Handler, opts)
		if f == nil {
			name, _ := splitHandler(b.Handler)
			errs.Add(b.Pos, "unknown Go handler %q%s", b.Handler, suggest(name, handlerNames(opts)))
			continue
		}
		_, arg := splitHandler(b.Handler)
		if _, err := f(arg); err != nil { // the factory checks its argument
			errs.Add(b.Pos, "handler %s: %v", b.Handler, err)
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return s, nil
}

// execution is the state of one replay.
type execution struct {
	s       *Scenario
	p       *pbx.PBX
	r       *Result
	aliases map[string]string // alias -> the outside caller's number
	// waitFrom is where the next event wait starts looking; expectFrom is
	// where the next events expectation starts looking.
	waitFrom, expectFrom int
}

// Run replays a scenario loaded by Load and returns its result. It never
// panics on a scenario's account: a panic inside the PBX or a handler
// becomes a failure of the step that caused it.
func Run(s *Scenario, opts Options) (res *Result) {
	start := time.Now() // wall time, for the report only
	r := &Result{Scenario: s}
	defer func() {
		r.Wall = time.Since(start)
		res = r
	}()
	cfg := s.cfg
	if cfg == nil {
		var err error
		if cfg, err = loadConfig(s); err != nil {
			r.Failure = &Failure{Pos: s.PBX.Pos, Type: "setup", Message: err.Error()}
			return r
		}
	}
	p := pbx.New(cfg, pbx.Options{Start: s.Clock.Start, Seed: uint64(s.Clock.Seed)})
	p.Subscribe(func(e pbx.Event) { r.Events = append(r.Events, fromPBX(e)) })
	x := &execution{s: s, p: p, r: r, aliases: map[string]string{}}
	defer func() {
		r.Virtual = p.Loop().Elapsed()
	}()
	if f := x.setup(opts); f != nil {
		r.Failure = f
		return r
	}
	for i := range s.Steps {
		if f := x.runStep(&s.Steps[i]); f != nil {
			r.Failure = f
			return r
		}
	}
	if s.Golden != "" {
		r.Failure = x.golden(opts.Update)
	}
	return r
}

func (x *execution) setup(opts Options) (f *Failure) {
	defer func() {
		if v := recover(); v != nil {
			f = x.fail(x.s.PBX.Pos, "setup", "", "internal error while setting up the PBX: %v", v)
		}
	}()
	if err := registerHandlers(x.p, x.s, opts); err != nil {
		return x.fail(x.s.PBX.Pos, "setup", "", "%v", err)
	}
	if host := opts.RoutePointHost; host != nil {
		h := &Host{Scenario: x.s, Config: x.p.Config(), PBX: x.p, Location: x.s.Clock.Location, Dir: filepath.Dir(x.s.File)}
		if err := host(h); err != nil {
			return x.fail(x.s.PBX.Pos, "setup", "", "route-point host: %v", err)
		}
	}
	x.p.Loop().RunUntilIdle()
	return nil
}

// fail builds a failure at pos with the last events; what says what
// failed (a verb, "golden", "setup").
func (x *execution) fail(pos Pos, typ, what string, format string, args ...any) *Failure {
	evs := x.r.Events
	if len(evs) > LastEvents {
		evs = evs[len(evs)-LastEvents:]
	}
	_ = what
	return &Failure{Pos: pos, Type: typ, Message: fmt.Sprintf(format, args...), Last: append([]Event(nil), evs...)}
}

// party maps a phone name (an extension or an alias) to the PBX's party name.
func (x *execution) party(name string) string {
	if n, ok := x.aliases[name]; ok {
		return n
	}
	return name
}

func (x *execution) runStep(st *Step) (f *Failure) {
	defer func() {
		if v := recover(); v != nil {
			f = x.fail(st.Pos, "action", st.Verb, "internal error in step %s: %v", st.Verb, v)
		}
		if f != nil && st.Name != "" {
			f.Step = st.Name
		}
	}()
	loop := x.p.Loop()
	switch {
	case st.Op != nil:
		if err := x.phoneOp(st); err != nil {
			return x.fail(st.Pos, "action", st.Verb, "%s refused by the PBX: %v", describeStep(st), err)
		}
		loop.RunUntilIdle()
	case st.Inbound != nil:
		in := st.Inbound
		trunk := in.Trunk
		if trunk == "" {
			if t := trunkForDID(x.p.Config(), in.DID); t != nil {
				trunk = t.Name
			}
		}
		if _, err := x.p.InboundCall(trunk, in.From, in.Name, in.DID); err != nil {
			return x.fail(st.Pos, "action", st.Verb, "inbound call refused by the PBX: %v", err)
		}
		if in.As != "" {
			x.aliases[in.As] = in.From
		}
		loop.RunUntilIdle()
	case st.Verb == "advance":
		loop.RunFor(st.Advance)
	case st.Wait != nil:
		return x.wait(st)
	case st.Expect != nil:
		return x.expect(st)
	}
	return nil
}

// describeStep is a short description of an action step.
func describeStep(st *Step) string {
	op := st.Op
	switch st.Verb {
	case "dial", "transfer", "consult":
		return fmt.Sprintf("%s %s %s", st.Verb, op.Phone.Name, op.To)
	case "dtmf":
		return fmt.Sprintf("dtmf %s %s", op.Phone.Name, op.Digits)
	case "pickup":
		if op.At != nil {
			return fmt.Sprintf("pickup %s at %s", op.Phone.Name, op.At.Name)
		}
	}
	return st.Verb + " " + op.Phone.Name
}

func (x *execution) phoneOp(st *Step) error {
	op := st.Op
	who := x.party(op.Phone.Name)
	p := x.p
	switch st.Verb {
	case "dial":
		_, err := p.Dial(who, op.To)
		return err
	case "answer":
		return p.Answer(who)
	case "reject":
		return p.Reject(who)
	case "drop":
		return p.Drop(who)
	case "hold":
		return p.Hold(who)
	case "resume":
		return p.Resume(who)
	case "transfer":
		return p.BlindTransfer(who, op.To)
	case "consult":
		_, err := p.Consult(who, op.To)
		return err
	case "complete":
		return p.CompleteTransfer(who)
	case "dtmf":
		return p.SendDTMF(who, op.Digits)
	case "pickup":
		at := ""
		if op.At != nil {
			at = x.party(op.At.Name)
		} else {
			for _, dn := range p.DNs() {
				if dn.Kind != pbx.KindExtension || dn.Number == who {
					continue
				}
				for _, c := range dn.Connections() {
					if c.Status == pbx.StatusRinging && at == "" {
						at = dn.Number
					}
				}
			}
			if at == "" {
				return fmt.Errorf("nothing rings at any extension")
			}
		}
		return p.Pickup(who, at)
	}
	return fmt.Errorf("unknown action %q", st.Verb)
}

// connections returns the live connections of a phone: an extension's, or
// an outside caller's (found by number in the live calls).
func (x *execution) connections(name string) []*pbx.Connection {
	party := x.party(name)
	if dn := x.p.DN(party); dn != nil && dn.Kind == pbx.KindExtension {
		return dn.Connections()
	}
	var out []*pbx.Connection
	for _, call := range x.p.Calls() {
		for _, c := range call.Legs() {
			if c != nil && c.Live() && c.DN.Kind == pbx.KindTrunk && c.Number == party {
				out = append(out, c)
			}
		}
	}
	return out
}

// stateName is the scenario's word for a connection status.
func stateName(s pbx.ConnStatus) string {
	switch s {
	case pbx.StatusConnected:
		return "talking"
	case pbx.StatusTerminated, pbx.StatusNone:
		return "idle"
	}
	return s.String()
}

// connState is the scenario's state of a phone's connection: as its
// status, except that a connected party whose other side still rings (a
// transferred caller waiting for the target) is dialing.
func connState(c *pbx.Connection) string {
	if c.Status == pbx.StatusConnected {
		if peer := c.Peer(); peer != nil && peer != c && (peer.Status == pbx.StatusRinging || peer.Status == pbx.StatusDialing) {
			return "dialing"
		}
	}
	return stateName(c.Status)
}

// describeConn says what a phone's connection is: "talking with 101, hears party:101".
func describeConn(c *pbx.Connection) string {
	s := connState(c)
	if peer := c.Peer(); peer != nil && peer != c {
		s += " with " + peer.Number
	}
	return s + ", hears " + c.Hears.String()
}

// describePhone lists a phone's calls for a failure message.
func (x *execution) describePhone(name string) string {
	conns := x.connections(name)
	if len(conns) == 0 {
		return "idle"
	}
	var parts []string
	for _, c := range conns {
		parts = append(parts, describeConn(c))
	}
	return strings.Join(parts, "; ")
}

func describeCond(c *PhoneCond) string {
	var parts []string
	if c.State != "" {
		parts = append(parts, c.State)
	}
	if c.With != "" {
		parts = append(parts, "with "+c.With)
	}
	if c.Hears != "" {
		if len(parts) > 0 {
			parts[len(parts)-1] += ","
		}
		parts = append(parts, "hears "+c.Hears)
	}
	return strings.Join(parts, " ")
}

// holds reports whether a phone meets a condition now.
func (x *execution) holds(c *PhoneCond) bool {
	conns := x.connections(c.Phone.Name)
	if c.State == "idle" {
		return len(conns) == 0
	}
	for _, conn := range conns {
		if c.State != "" && connState(conn) != c.State {
			continue
		}
		if c.With != "" {
			peer := conn.Peer()
			if peer == nil || peer == conn || peer.Number != x.party(c.With) {
				continue
			}
		}
		if c.Hears != "" && !x.hearsMatch(conn.Hears, c.Hears) {
			continue
		}
		return true
	}
	return false
}

// hearsMatch reports whether what a party hears matches a hears value.
func (x *execution) hearsMatch(m pbx.Media, want string) bool {
	if want == m.String() {
		return true
	}
	switch want {
	case "silence":
		return m.Kind == pbx.HearsSilence
	case "moh", "music":
		return m.Kind == pbx.HearsMOH
	case "prompt":
		return m.Kind == pbx.HearsPrompt
	case "tone":
		return m.Kind == pbx.HearsTone
	case "ringback", "busy":
		return m.Kind == pbx.HearsTone && m.What == want
	}
	if m.Kind == pbx.HearsMOH || m.Kind == pbx.HearsPrompt {
		return m.What == want || path.Base(m.What) == want
	}
	return m.Kind == pbx.HearsParty && m.What == x.party(want)
}

func (x *execution) wait(st *Step) *Failure {
	w := st.Wait
	loop := x.p.Loop()
	if w.Phone != nil {
		if loop.RunUntil(func() bool { return x.holds(w.Phone) }, w.Timeout) {
			return nil
		}
		f := x.fail(st.Pos, "timeout", st.Verb, "wait phone %s (%s): timed out after %s", w.Phone.Phone.Name, describeCond(w.Phone), w.Timeout)
		f.Expected = describeCond(w.Phone)
		f.Actual = x.describePhone(w.Phone.Phone.Name)
		return f
	}
	m := w.Event
	scanned := x.waitFrom
	found := -1
	cond := func() bool {
		for ; scanned < len(x.r.Events); scanned++ {
			if x.matches(m, x.r.Events[scanned]) {
				found = scanned
				return true
			}
		}
		return false
	}
	if loop.RunUntil(cond, w.Timeout) {
		x.waitFrom = found + 1
		return nil
	}
	f := x.fail(st.Pos, "timeout", st.Verb, "wait event %s: timed out after %s", describeMatcher(m), w.Timeout)
	f.Expected = describeMatcher(m)
	f.Actual = "no such event"
	return f
}

func (x *execution) expect(st *Step) *Failure {
	e := st.Expect
	if c := e.Phone; c != nil && !x.holds(c) {
		f := x.fail(st.Pos, "expectation", st.Verb, "expect phone %s: %s", c.Phone.Name, describeCond(c))
		f.Expected = describeCond(c)
		f.Actual = x.describePhone(c.Phone.Name)
		return f
	}
	evs := x.r.Events
	from := x.expectFrom
	last := from - 1
	if len(e.Events) > 0 {
		used := map[int]bool{}
		pos := from
		for i := range e.Events {
			m := &e.Events[i]
			j := -1
			start := pos
			if e.AnyOrder {
				start = from
			}
			for k := start; k < len(evs); k++ {
				if !used[k] && x.matches(m, evs[k]) {
					j = k
					break
				}
			}
			if j < 0 {
				f := x.fail(m.Pos, "expectation", st.Verb, "expect events: no %s event%s", describeMatcher(m), orderNote(e.AnyOrder, i))
				f.Expected = describeMatcher(m)
				f.Actual = fmt.Sprintf("not among the %d events looked at", len(evs)-start)
				if i > 0 && !e.AnyOrder {
					f.Actual += fmt.Sprintf(" (after #%d, which matched the event before it)", evs[pos-1].Seq)
				}
				return f
			}
			used[j] = true
			pos = j + 1
			last = max(last, j)
		}
	}
	for i := range e.Absent {
		m := &e.Absent[i]
		for k := from; k < len(evs); k++ {
			if x.matches(m, evs[k]) {
				f := x.fail(m.Pos, "expectation", st.Verb, "expect absent: a %s event happened", describeMatcher(m))
				f.Expected = "no " + describeMatcher(m) + " event"
				f.Actual = evs[k].Text
				return f
			}
		}
	}
	if len(e.Events) > 0 {
		x.expectFrom = last + 1
	}
	return nil
}

func orderNote(any bool, i int) string {
	if any || i == 0 {
		return ""
	}
	return " after the events listed before it"
}

// golden compares the event log with the golden file, or rewrites it.
func (x *execution) golden(update bool) *Failure {
	s := x.s
	got := []byte(EventLog(x.r.Events))
	if update {
		old, _ := os.ReadFile(s.Golden)
		if !bytes.Equal(old, got) {
			if err := os.WriteFile(s.Golden, got, 0o644); err != nil {
				return x.fail(s.GoldenPos, "golden", "golden", "cannot write golden file: %v", err)
			}
			x.r.GoldenUpdated = true
		}
		return nil
	}
	want, err := os.ReadFile(s.Golden)
	if err != nil {
		return x.fail(s.GoldenPos, "golden", "golden", "cannot read golden file %s: %s (run with --update to create it)", s.Golden, unwrapPathErr(err))
	}
	if bytes.Equal(want, got) {
		return nil
	}
	wl := strings.Split(string(want), "\n")
	gl := strings.Split(string(got), "\n")
	line := 0
	for line < len(wl) && line < len(gl) && wl[line] == gl[line] {
		line++
	}
	f := x.fail(s.GoldenPos, "golden", "golden", "trace differs from %s at line %d (run with --update to accept it)", s.Golden, line+1)
	f.Expected = at(wl, line)
	f.Actual = at(gl, line)
	return f
}

func at(lines []string, i int) string {
	if i < len(lines) && lines[i] != "" {
		return lines[i]
	}
	return "(end of trace)"
}
