package tui

import (
	"fmt"
	"time"
)

// PhoneView is one phone (an extension, trunk line or route point that can
// hold a call) as the screen shows it.
type PhoneView struct {
	Number  string // the DN, e.g. "100"
	Name    string // the display name from the config
	Kind    string // "ext", "trunk" or "rp"
	State   string // idle, dialing, ringing, connected, held, busy, ...
	With    string // the other party, number and name when known
	Peer    string // the other party's number alone
	OnHold  bool   // this phone's call is held
	Hearing string // what the phone hears when not the other party: "MOH file.wav", "prompt x", "ringback"
	// HearsKind and HearsWhat are what the phone hears in the PBX's terms
	// ("moh" and the file, "tone" and "ringback", "party" and the number).
	HearsKind, HearsWhat string
	Call                 string // the id of the call it is in, if any
}

// LegView is one connection of a call.
type LegView struct {
	DN     string // the party's number
	Status string // dialing, ringing, connected, held, terminated
	Note   string // e.g. "referred by 100", "hears MOH"
}

// CallView is one call and its legs.
type CallView struct {
	ID   string
	Legs []LegView
}

// RoutePointView is one route point and the state of its script.
type RoutePointView struct {
	Number string   // e.g. "#101"
	Name   string   // display name
	Script string   // the .cs path, empty for a Go handler or none
	Hosted bool     // a host serves the route point (false: calls to it fail)
	OK     bool     // the green dot: the current script compiled
	Loaded bool     // a script is running (the old one may still run when OK is false)
	Active int      // calls the route point is handling now
	Diags  []string // compile diagnostics, "file(line,col): error CSxxxx: message"
}

// ClockMode says how the loop's clock advances.
type ClockMode int

// The clock modes the clock bar shows.
const (
	ClockReal    ClockMode = iota // wall-clock speed (x1)
	ClockVirtual                  // virtual time at a multiple of wall speed
	ClockPaused                   // stopped; only steps advance it
)

// String returns the clock bar's word for the mode.
func (m ClockMode) String() string {
	switch m {
	case ClockReal:
		return "REAL"
	case ClockVirtual:
		return "VIRTUAL"
	case ClockPaused:
		return "PAUSED"
	}
	return fmt.Sprintf("ClockMode(%d)", int(m))
}

// ClockView is the clock bar's content.
type ClockView struct {
	Now     time.Time     // the loop's time
	Elapsed time.Duration // since the session started
	Mode    ClockMode
	Speed   int    // 1, 10, 100
	Next    string // the next timer, if known ("in 14.2s")
}

// Snapshot is a copy of the PBX state made on the loop's goroutine.
type Snapshot struct {
	Phones      []PhoneView
	Calls       []CallView
	RoutePoints []RoutePointView
	Clock       ClockView
	DIDs        []string // the trunks' DIDs in config order, to offer for inbound calls
}

// Level is a trace line's severity.
type Level int

// Trace levels, lowest first; the trace filter shows a level and above.
const (
	LevelTrace Level = iota
	LevelDebug
	LevelInfo
	LevelWarn
	LevelError
)

var levelNames = [...]string{"TRACE", "DEBUG", "INFO", "WARN", "ERROR"}

// String returns the level's upper-case name.
func (l Level) String() string {
	if l >= 0 && int(l) < len(levelNames) {
		return levelNames[l]
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

// ParseLevel reads a level name in any case ("info", "WARN", "warning").
func ParseLevel(s string) (Level, bool) {
	switch lower(s) {
	case "trace", "t":
		return LevelTrace, true
	case "debug", "d":
		return LevelDebug, true
	case "info", "i":
		return LevelInfo, true
	case "warn", "warning", "w":
		return LevelWarn, true
	case "error", "err", "e":
		return LevelError, true
	}
	return 0, false
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// TraceLine is one line of the trace pane: a PBX event or a script's log line.
type TraceLine struct {
	Seq        uint64        // the event's sequence number
	At         time.Duration // loop time since the start
	Level      Level
	Kind       string // "log", "route", "result", "transfer", "state", "compile", ...
	Call       string // the call id, if any
	RoutePoint string // the route point, if any
	Pos        string // the script position "file(line,col)", for log lines
	Text       string
}

// Op names a user action the TUI asks the PBX to do.
type Op int

// The operations a Command carries.
const (
	OpDial     Op = iota + 1 // From dials To
	OpAnswer                 // From answers its ringing call
	OpReject                 // From rejects its ringing call
	OpDrop                   // From hangs up
	OpHold                   // From holds its call
	OpResume                 // From resumes its held call
	OpTransfer               // From blind-transfers its call to To
	OpConsult                // From holds its call and dials To (attended transfer, step 1)
	OpComplete               // From completes the attended transfer
	OpDTMF                   // From sends Digits
	OpPickup                 // From picks up the call ringing at To
	OpInbound                // a trunk call from CallerID to DID (Trunk optional)
	OpPause                  // stop the clock
	OpRun                    // run the clock at Speed times wall speed (1 = real time)
	OpStep                   // advance the clock to the next timer and run it
	OpReload                 // check every route point's script again now
)

var opNames = map[Op]string{
	OpDial: "dial", OpAnswer: "answer", OpReject: "reject", OpDrop: "drop", OpHold: "hold",
	OpResume: "resume", OpTransfer: "transfer", OpConsult: "consult", OpComplete: "complete",
	OpDTMF: "dtmf", OpPickup: "pickup", OpInbound: "inbound", OpPause: "pause", OpRun: "run",
	OpStep: "step", OpReload: "reload",
}

// String returns the operation's lower-case name.
func (o Op) String() string {
	if s, ok := opNames[o]; ok {
		return s
	}
	return fmt.Sprintf("Op(%d)", int(o))
}

// Command is one thing the user asked for. The Backend carries it to the loop.
type Command struct {
	Op       Op
	From     string // the acting phone's number
	To       string // the number dialled, transfer target, or ringing phone to pick up
	Digits   string // DTMF digits
	CallerID string // inbound: the caller's number
	DID      string // inbound: the number dialled on the trunk
	Trunk    string // inbound: the trunk's name (empty: the first trunk)
	Speed    int    // run: 1, 10 or 100
}

// String renders the command the way the footer echoes it.
func (c Command) String() string {
	switch c.Op {
	case OpDial, OpTransfer, OpConsult:
		return fmt.Sprintf("%s %s %s", c.Op, c.From, c.To)
	case OpPickup:
		return fmt.Sprintf("pickup %s %s", c.From, c.To)
	case OpDTMF:
		return fmt.Sprintf("dtmf %s %s", c.From, c.Digits)
	case OpInbound:
		s := fmt.Sprintf("inbound %s -> %s", c.CallerID, c.DID)
		if c.Trunk != "" {
			s += " on " + c.Trunk
		}
		return s
	case OpRun:
		return fmt.Sprintf("run x%d", c.Speed)
	case OpPause, OpStep, OpReload:
		return c.Op.String()
	}
	return fmt.Sprintf("%s %s", c.Op, c.From)
}

// Backend carries commands to the PBX loop. Do must not block and must not
// touch PBX state on the caller's goroutine.
type Backend interface {
	Do(Command)
}

// SnapshotMsg brings a new copy of the PBX state to the Model.
type SnapshotMsg struct{ Snapshot Snapshot }

// TraceMsg brings new trace lines, oldest first.
type TraceMsg struct{ Lines []TraceLine }

// ErrorMsg reports a command the PBX refused, shown in the footer.
type ErrorMsg struct{ Err error }

// ClockMsg brings the clock bar's content between snapshots.
type ClockMsg struct{ Clock ClockView }

// Audio renders what the selected phone hears through a speaker.
// media.Player implements it. Its methods are called on the UI goroutine.
type Audio interface {
	// Hear switches to what a party hears ("moh", "prompt", "tone" with a
	// file or tone name; anything else is silence) and describes what plays.
	Hear(kind, what string) string
	// SetMuted silences the output without forgetting the source.
	SetMuted(bool)
}
