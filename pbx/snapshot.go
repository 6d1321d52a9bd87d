package pbx

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Snapshot is a copy of the PBX's state at one instant, for views and assertions.
// It shares nothing with the PBX and may be read on any goroutine.
type Snapshot struct {
	Time    time.Time
	Elapsed time.Duration
	// Phones are the extensions in config order, then the external parties in calls.
	Phones      []PhoneState
	Calls       []CallState
	RoutePoints []RoutePointState
}

// PhoneState is one phone (an extension or an external party) as its user sees it.
type PhoneState struct {
	Number string
	Name   string
	Kind   DNKind
	// State is the phone's main state: idle, ringing, dialing, talking, or held
	// (talking wins over dialing, dialing over ringing, ringing over held).
	State string
	// With is the other party of the main connection ("" when idle).
	With string
	// Held reports whether the phone has a call it put on hold.
	Held bool
	// Hears is what the phone hears on its main connection.
	Hears      Media
	DND        bool
	Registered bool
	Conns      []ConnInfo
}

// ConnInfo is a connection in a snapshot.
type ConnInfo struct {
	ID         ConnID
	Call       CallID
	Number     string
	Name       string
	DN         string
	Status     ConnStatus
	Peer       string
	Hears      Media
	ReferredBy string
	OnBehalfOf string
	Since      time.Time
	// Fork is true for a route point's ringing route target.
	Fork bool
}

// CallState is a call in a snapshot.
type CallState struct {
	ID      CallID
	Created time.Time
	DID     string
	Legs    []ConnInfo // the current connections of the two sides (absent sides left out)
	Forks   []ConnInfo
}

// RoutePointState is a route point in a snapshot.
type RoutePointState struct {
	Number   string
	Name     string
	Script   string
	Sessions []SessionState
}

// SessionState is a route-point session in a snapshot.
type SessionState struct {
	ID           int
	Call         CallID
	Caller       string
	Status       ConnStatus
	Mode         ExecMode
	Prompt       string
	BackgroundOn bool
	Background   []string
	Routes       int
}

func connInfo(c *Connection) ConnInfo {
	ci := ConnInfo{ID: c.ID, Call: c.Call.ID, Number: c.Number, Name: c.Name, DN: c.DN.Number, Status: c.Status,
		Hears: c.Hears, Since: c.LastChange, Fork: c.route != nil}
	if pc := c.Peer(); pc != nil && pc != c {
		ci.Peer = pc.Number
	}
	if c.ReferredBy != nil {
		ci.ReferredBy = c.ReferredBy.Number
	}
	if c.OnBehalfOf != nil {
		ci.OnBehalfOf = c.OnBehalfOf.Number
	}
	return ci
}

var statePriority = []struct {
	s    ConnStatus
	name string
}{{StatusConnected, "talking"}, {StatusDialing, "dialing"}, {StatusRinging, "ringing"}, {StatusHeld, "held"}}

func phoneState(ps *PhoneState, conns []*Connection) {
	ps.State = "idle"
	for _, c := range conns {
		ps.Conns = append(ps.Conns, connInfo(c))
		if c.Status == StatusHeld {
			ps.Held = true
		}
	}
	for _, sp := range statePriority {
		for _, c := range conns {
			if c.Status == sp.s {
				ps.State = sp.name
				if pc := c.Peer(); pc != nil {
					ps.With = pc.Number
				}
				ps.Hears = c.Hears
				return
			}
		}
	}
}

// Snapshot returns a copy of the current state.
func (p *PBX) Snapshot() Snapshot {
	p.flush()
	s := Snapshot{Time: p.loop.Now(), Elapsed: p.loop.Elapsed()}
	for _, dn := range p.order {
		switch dn.Kind {
		case KindExtension:
			ps := PhoneState{Number: dn.Number, Name: dn.Name, Kind: dn.Kind, DND: dn.dnd, Registered: dn.registered}
			phoneState(&ps, dn.conns)
			s.Phones = append(s.Phones, ps)
		case KindRoutePoint:
			rs := RoutePointState{Number: dn.Number, Name: dn.Name}
			if dn.RP != nil {
				rs.Script = dn.RP.Script
			}
			for _, ss := range p.sessions {
				if ss.dn != dn {
					continue
				}
				st := SessionState{ID: ss.id, Call: ss.call.ID, Status: ss.conn.Status, Mode: ss.mode,
					Prompt: ss.PromptPlaying(), BackgroundOn: ss.bgOn, Background: append([]string(nil), ss.bgFiles...), Routes: len(ss.routes)}
				if pc := ss.callerConn(); pc != nil {
					st.Caller = pc.Number
				}
				rs.Sessions = append(rs.Sessions, st)
			}
			s.RoutePoints = append(s.RoutePoints, rs)
		}
	}
	for _, call := range p.calls {
		cs := CallState{ID: call.ID, Created: call.Created, DID: call.DID}
		for _, c := range call.legs {
			if c != nil {
				cs.Legs = append(cs.Legs, connInfo(c))
				if c.DN.Kind == KindTrunk && c.Live() {
					ps := PhoneState{Number: c.Number, Name: c.Name, Kind: KindExternal, Registered: true}
					phoneState(&ps, []*Connection{c})
					s.Phones = append(s.Phones, ps)
				}
			}
		}
		for _, c := range call.forks {
			cs.Forks = append(cs.Forks, connInfo(c))
		}
		s.Calls = append(s.Calls, cs)
	}
	return s
}

// Phone returns the phone with the number from the snapshot (false when absent).
func (s *Snapshot) Phone(number string) (PhoneState, bool) {
	for _, ph := range s.Phones {
		if ph.Number == number {
			return ph, true
		}
	}
	return PhoneState{}, false
}

// String returns the snapshot as stable text, one line per phone, call and route-point session.
func (s Snapshot) String() string {
	var b []byte
	for _, ph := range s.Phones {
		if ph.State == "idle" && !ph.DND && ph.Registered {
			continue
		}
		b = append(b, "phone "...)
		b = append(b, ph.Number...)
		b = word(b, ph.State)
		if ph.With != "" {
			b = field(b, "with", ph.With)
		}
		if ph.Held {
			b = append(b, " held"...)
		}
		if ph.State != "idle" {
			b = field(b, "hears", ph.Hears.String())
		}
		if ph.DND {
			b = append(b, " dnd"...)
		}
		if !ph.Registered {
			b = append(b, " offline"...)
		}
		b = append(b, '\n')
	}
	for _, c := range s.Calls {
		b = append(b, "call "...)
		b = append(b, c.ID.String()...)
		for _, l := range c.Legs {
			b = word(b, l.Number+":"+l.Status.String())
		}
		for _, f := range c.Forks {
			b = word(b, "fork:"+f.Number+":"+f.Status.String())
		}
		b = append(b, '\n')
	}
	for _, rp := range s.RoutePoints {
		for _, ss := range rp.Sessions {
			b = append(b, "session "...)
			b = append(b, rp.Number...)
			b = word(b, ss.Call.String())
			b = field(b, "caller", ss.Caller)
			b = word(b, ss.Status.String())
			b = word(b, ss.Mode.String())
			if ss.Prompt != "" {
				b = field(b, "prompt", ss.Prompt)
			}
			if ss.BackgroundOn {
				b = field(b, "bg", strings.Join(ss.Background, ","))
			}
			if ss.Routes > 0 {
				b = field(b, "routes", strconv.Itoa(ss.Routes))
			}
			b = append(b, '\n')
		}
	}
	if len(b) == 0 {
		return "all idle\n"
	}
	return string(b)
}

// Default prompt play times, used when neither Options.PromptDuration, the config's
// prompts nor a readable WAV file gives one.
const (
	DefaultPromptDuration = 2 * time.Second        // a prompt id ("PLSENTER") or a missing file
	DigitReadoutDuration  = 500 * time.Millisecond // per digit of a read-out ("##1234")
)

// PromptDuration returns how long a prompt plays: Options.PromptDuration, then the
// config's prompts, then a digit read-out's length ("##" and digits), then the
// length of the WAV file (relative to the config's folder), then DefaultPromptDuration.
func (p *PBX) PromptDuration(name string) time.Duration {
	if f := p.opts.PromptDuration; f != nil {
		if d, ok := f(name); ok {
			return d
		}
	}
	if d, ok := p.cfg.Prompts[name]; ok {
		return d
	}
	if digits, ok := strings.CutPrefix(name, "##"); ok && digits != "" {
		return time.Duration(len(digits)) * DigitReadoutDuration
	}
	if strings.HasSuffix(strings.ToLower(name), ".wav") {
		if d, ok := p.wavCache[name]; ok {
			return d
		}
		path := name
		if !filepath.IsAbs(path) && p.cfg.Dir != "" {
			path = filepath.Join(p.cfg.Dir, path)
		}
		d := DefaultPromptDuration
		if data, err := os.ReadFile(path); err == nil {
			if wd, ok := WAVDuration(data); ok {
				d = wd
			}
		}
		if p.wavCache == nil {
			p.wavCache = map[string]time.Duration{}
		}
		p.wavCache[name] = d
		return d
	}
	return DefaultPromptDuration
}

// WAVDuration returns the play time of a RIFF/WAVE file's data chunk.
func WAVDuration(data []byte) (time.Duration, bool) {
	if len(data) < 12 || string(data[0:4]) != "RIFF" || string(data[8:12]) != "WAVE" {
		return 0, false
	}
	var byteRate uint32
	for off := 12; off+8 <= len(data); {
		id := string(data[off : off+4])
		size := binary.LittleEndian.Uint32(data[off+4 : off+8])
		body := off + 8
		switch id {
		case "fmt ":
			if body+12 > len(data) {
				return 0, false
			}
			byteRate = binary.LittleEndian.Uint32(data[body+8 : body+12])
		case "data":
			if byteRate == 0 {
				return 0, false
			}
			n := uint64(size)
			if avail := uint64(len(data) - body); n > avail {
				n = avail
			}
			return time.Duration(n * uint64(time.Second) / uint64(byteRate)), true
		}
		next := uint64(body) + uint64(size) + uint64(size&1)
		if next > uint64(len(data)) {
			break
		}
		off = int(next)
	}
	return 0, false
}
