package pbx

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"
)

// Event is one observable change of the PBX. Every event carries the sequence
// number (1, 2, 3, ... per PBX), the loop time, the call it concerns (0: none)
// and its typed data, one of the *Data types of this package (ConnState,
// CallCreated, RouteRequested, ...). Subscribers switch on Data's type.
type Event struct {
	Seq  uint64
	Time time.Time
	// Elapsed is Time minus the loop's start, which the text form prints.
	Elapsed time.Duration
	Call    CallID
	Data    EventData
}

// EventData is the typed payload of an Event.
type EventData interface {
	// Kind is the event's short name as the text and JSON forms print it ("conn", "route-result", ...).
	Kind() string
	// appendText appends the fields of the text form (after the kind and call).
	appendText(b []byte) []byte
}

// CallID identifies a call. It prints as "c1", "c2", ...; 0 means no call.
type CallID uint64

// String returns "c<n>", or "-" for 0.
func (id CallID) String() string {
	if id == 0 {
		return "-"
	}
	return "c" + strconv.FormatUint(uint64(id), 10)
}

// MarshalText returns the String form.
func (id CallID) MarshalText() ([]byte, error) { return []byte(id.String()), nil }

// String returns the event's text form: one line without a newline, stable and
// meant for golden traces: "<seq> <h:mm:ss.mmm> <kind> <call> <fields>".
func (e Event) String() string { return string(e.AppendText(nil)) }

// AppendText appends the text form of e to b.
func (e Event) AppendText(b []byte) []byte {
	b = strconv.AppendUint(b, e.Seq, 10)
	b = append(b, ' ')
	b = appendElapsed(b, e.Elapsed)
	b = append(b, ' ')
	b = append(b, e.Data.Kind()...)
	b = append(b, ' ')
	b = append(b, e.Call.String()...)
	return e.Data.appendText(b)
}

// appendElapsed writes d as h:mm:ss.mmm.
func appendElapsed(b []byte, d time.Duration) []byte {
	if d < 0 {
		b = append(b, '-')
		d = -d
	}
	ms := int64(d / time.Millisecond)
	h, m, s, frac := ms/3600000, ms/60000%60, ms/1000%60, ms%1000
	b = strconv.AppendInt(b, h, 10)
	b = append(b, ':', byte('0'+m/10), byte('0'+m%10), ':', byte('0'+s/10), byte('0'+s%10), '.',
		byte('0'+frac/100), byte('0'+frac/10%10), byte('0'+frac%10))
	return b
}

// MarshalJSON returns the event as one JSON object (one NDJSON line):
// {"seq":..,"time":"RFC3339Nano","elapsed_ms":..,"kind":"..","call":"c1", ...data fields}.
func (e Event) MarshalJSON() ([]byte, error) {
	data, err := json.Marshal(e.Data)
	if err != nil {
		return nil, err
	}
	b := []byte(`{"seq":`)
	b = strconv.AppendUint(b, e.Seq, 10)
	b = append(b, `,"time":`...)
	b = strconv.AppendQuote(b, e.Time.Format(time.RFC3339Nano))
	b = append(b, `,"elapsed_ms":`...)
	b = strconv.AppendInt(b, int64(e.Elapsed/time.Millisecond), 10)
	b = append(b, `,"kind":`...)
	b = strconv.AppendQuote(b, e.Data.Kind())
	if e.Call != 0 {
		b = append(b, `,"call":`...)
		b = strconv.AppendQuote(b, e.Call.String())
	}
	if len(data) > 2 { // not "{}"
		b = append(b, ',')
		b = append(b, data[1:len(data)-1]...)
	}
	b = append(b, '}')
	return b, nil
}

// field appends " key=value", quoting value when it is empty or has spaces, quotes or '='.
func field(b []byte, key, value string) []byte {
	b = append(b, ' ')
	b = append(b, key...)
	b = append(b, '=')
	return appendValue(b, value)
}

// optField appends key=value like field, or nothing when value is empty.
func optField(b []byte, key, value string) []byte {
	if value == "" {
		return b
	}
	return field(b, key, value)
}

func appendValue(b []byte, v string) []byte {
	if v == "" || strings.ContainsAny(v, " \t\n\r\"=") {
		return strconv.AppendQuote(b, v)
	}
	return append(b, v...)
}

// word appends " value" (quoted like field).
func word(b []byte, v string) []byte {
	b = append(b, ' ')
	return appendValue(b, v)
}

func fmtDur(d time.Duration) string {
	if d == 0 {
		return "0s"
	}
	return d.String()
}

// OpDone is a user operation (dial, answer, transfer, ...) as the PBX received it,
// with its error when it was refused. Party is the phone that acted.
type OpDone struct {
	Party string   `json:"party"`
	Op    string   `json:"op"`
	Args  []string `json:"args,omitempty"`
	Err   string   `json:"error,omitempty"`
}

// Kind returns "op".
func (OpDone) Kind() string { return "op" }
func (d OpDone) appendText(b []byte) []byte {
	b = word(b, d.Party)
	b = word(b, d.Op)
	for _, a := range d.Args {
		b = word(b, a)
	}
	b = optField(b, "error", d.Err)
	return b
}

// CallCreated says a call began: From dialled To (or a trunk delivered it).
type CallCreated struct {
	From     string `json:"from"`
	To       string `json:"to"`
	CallerID string `json:"caller_id,omitempty"`
	DID      string `json:"did,omitempty"`
}

// Kind returns "call".
func (CallCreated) Kind() string { return "call" }
func (d CallCreated) appendText(b []byte) []byte {
	b = field(b, "from", d.From)
	b = field(b, "to", d.To)
	b = optField(b, "callerid", d.CallerID)
	b = optField(b, "did", d.DID)
	return b
}

// CallEnded says a call is over, and why.
type CallEnded struct {
	Reason Reason `json:"reason"`
}

// Kind returns "call-end".
func (CallEnded) Kind() string { return "call-end" }
func (d CallEnded) appendText(b []byte) []byte {
	return field(b, "reason", d.Reason.String())
}

// ConnState is a connection's status change. Peer is the party on the other side
// (empty while unknown); Reason is set when the status is Terminated.
type ConnState struct {
	Conn   ConnID     `json:"conn"`
	DN     string     `json:"dn"`
	Status ConnStatus `json:"status"`
	Peer   string     `json:"peer,omitempty"`
	Reason Reason     `json:"reason,omitempty"`
}

// Kind returns "conn".
func (ConnState) Kind() string { return "conn" }
func (d ConnState) appendText(b []byte) []byte {
	b = word(b, d.DN)
	b = word(b, d.Status.String())
	b = optField(b, "peer", d.Peer)
	if d.Reason != ReasonNone {
		b = field(b, "reason", d.Reason.String())
	}
	return b
}

// Transferred reports a transfer: blind, attended, pickup, replace (a route point's
// ReplaceWith) or divert. By is who transferred, Party who was moved, Target where to.
type Transferred struct {
	Type   string `json:"type"`
	By     string `json:"by"`
	Party  string `json:"party"`
	Target string `json:"target"`
	OK     bool   `json:"ok"`
	Reason Reason `json:"reason,omitempty"`
}

// Kind returns "transfer".
func (Transferred) Kind() string { return "transfer" }
func (d Transferred) appendText(b []byte) []byte {
	b = word(b, d.Type)
	b = field(b, "by", d.By)
	b = field(b, "party", d.Party)
	b = field(b, "to", d.Target)
	if d.OK {
		b = append(b, " ok"...)
	} else {
		b = field(b, "failed", d.Reason.String())
	}
	return b
}

// Forwarded reports that a call to From went on to To by a forwarding rule (Why:
// always, busy, no-answer, dnd). Loop is set when the rule was not applied because
// To was already visited by this call's forwarding chain.
type Forwarded struct {
	From string `json:"from"`
	To   string `json:"to"`
	Why  string `json:"why"`
	Loop bool   `json:"loop,omitempty"`
}

// Kind returns "forward".
func (Forwarded) Kind() string { return "forward" }
func (d Forwarded) appendText(b []byte) []byte {
	b = word(b, d.From)
	b = append(b, " ->"...)
	b = word(b, d.To)
	b = field(b, "why", d.Why)
	if d.Loop {
		b = append(b, " loop-ignored"...)
	}
	return b
}

// RoutePointStarted says a call reached a route point and its handler was started.
type RoutePointStarted struct {
	RoutePoint string `json:"route_point"`
	Session    int    `json:"session"`
	Caller     string `json:"caller"`
	ReferredBy string `json:"referred_by,omitempty"`
	OnBehalfOf string `json:"on_behalf_of,omitempty"`
	Script     string `json:"script,omitempty"`
}

// Kind returns "rp-start".
func (RoutePointStarted) Kind() string { return "rp-start" }
func (d RoutePointStarted) appendText(b []byte) []byte {
	b = word(b, d.RoutePoint)
	b = append(b, " s"...)
	b = strconv.AppendInt(b, int64(d.Session), 10)
	b = field(b, "caller", d.Caller)
	b = optField(b, "referred-by", d.ReferredBy)
	b = optField(b, "on-behalf-of", d.OnBehalfOf)
	b = optField(b, "script", d.Script)
	return b
}

// RouteTarget is one target of a RouteRequested event.
type RouteTarget struct {
	Target  string        `json:"target"`
	Timeout time.Duration `json:"timeout_ns"`
}

// RouteRequested reports a route point's RouteTo with its targets and timeouts.
type RouteRequested struct {
	RoutePoint string        `json:"route_point"`
	Route      int           `json:"route"`
	Targets    []RouteTarget `json:"targets"`
}

// Kind returns "route".
func (RouteRequested) Kind() string { return "route" }
func (d RouteRequested) appendText(b []byte) []byte {
	b = word(b, d.RoutePoint)
	b = append(b, " r"...)
	b = strconv.AppendInt(b, int64(d.Route), 10)
	for _, t := range d.Targets {
		b = word(b, t.Target+"/"+fmtDur(t.Timeout))
	}
	return b
}

// RouteResult reports how a RouteTo ended: OK with the DN that answered, or the reason it failed.
type RouteResult struct {
	RoutePoint string `json:"route_point"`
	Route      int    `json:"route"`
	OK         bool   `json:"ok"`
	Reason     Reason `json:"reason"`
	Answered   string `json:"answered,omitempty"`
}

// Kind returns "route-result".
func (RouteResult) Kind() string { return "route-result" }
func (d RouteResult) appendText(b []byte) []byte {
	b = word(b, d.RoutePoint)
	b = append(b, " r"...)
	b = strconv.AppendInt(b, int64(d.Route), 10)
	if d.OK {
		b = append(b, " ok"...)
	} else {
		b = append(b, " failed"...)
	}
	b = field(b, "reason", d.Reason.String())
	b = optField(b, "by", d.Answered)
	return b
}

// PrimitiveResult reports the outcome of a route-point primitive other than RouteTo:
// divert, replace, replace-init, drop, assure-media, prompt.
type PrimitiveResult struct {
	RoutePoint string `json:"route_point"`
	Primitive  string `json:"primitive"`
	Target     string `json:"target,omitempty"`
	OK         bool   `json:"ok"`
	Reason     Reason `json:"reason"`
}

// Kind returns "rp-result".
func (PrimitiveResult) Kind() string { return "rp-result" }
func (d PrimitiveResult) appendText(b []byte) []byte {
	b = word(b, d.RoutePoint)
	b = word(b, d.Primitive)
	if d.Target != "" {
		b = word(b, d.Target)
	}
	if d.OK {
		b = append(b, " ok"...)
	} else {
		b = append(b, " failed"...)
	}
	return field(b, "reason", d.Reason.String())
}

// MediaChanged says what a party now hears.
type MediaChanged struct {
	DN    string `json:"dn"`
	Hears Media  `json:"hears"`
}

// Kind returns "media".
func (MediaChanged) Kind() string { return "media" }
func (d MediaChanged) appendText(b []byte) []byte {
	b = word(b, d.DN)
	return field(b, "hears", d.Hears.String())
}

// BackgroundAudio reports a route point's SetBackgroundAudio.
type BackgroundAudio struct {
	RoutePoint string   `json:"route_point"`
	On         bool     `json:"on"`
	Files      []string `json:"files,omitempty"`
}

// Kind returns "bg-audio".
func (BackgroundAudio) Kind() string { return "bg-audio" }
func (d BackgroundAudio) appendText(b []byte) []byte {
	b = word(b, d.RoutePoint)
	if d.On {
		b = append(b, " on"...)
	} else {
		b = append(b, " off"...)
	}
	for _, f := range d.Files {
		b = word(b, f)
	}
	return b
}

// DTMF is one digit sent by a party. To is the party it reached. Ignored is set
// when a route point ignored it (a Blocked prompt was playing, or still blocks).
type DTMF struct {
	From    string `json:"from"`
	To      string `json:"to"`
	Digit   string `json:"digit"`
	Ignored bool   `json:"ignored,omitempty"`
}

// Kind returns "dtmf".
func (DTMF) Kind() string { return "dtmf" }
func (d DTMF) appendText(b []byte) []byte {
	b = word(b, d.From)
	b = append(b, " ->"...)
	b = word(b, d.To)
	b = word(b, d.Digit)
	if d.Ignored {
		b = append(b, " ignored"...)
	}
	return b
}

// LogLevel is the level of a script log line.
type LogLevel int

// The levels of ScriptBase's log methods, lowest first.
const (
	LevelTrace LogLevel = iota
	LevelDebug
	LevelInfo
	LevelWarn
	LevelError
	LevelCritical
)

var levelNames = [...]string{"trace", "debug", "info", "warn", "error", "critical"}

// String returns the level's lower-case name.
func (l LogLevel) String() string {
	if l < 0 || int(l) >= len(levelNames) {
		return "level(" + strconv.Itoa(int(l)) + ")"
	}
	return levelNames[l]
}

// MarshalText returns the String form.
func (l LogLevel) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// ParseLogLevel parses a level name (case-insensitive; "warning" is accepted).
func ParseLogLevel(s string) (LogLevel, bool) {
	s = strings.ToLower(s)
	if s == "warning" {
		return LevelWarn, true
	}
	for i, n := range levelNames {
		if n == s {
			return LogLevel(i), true
		}
	}
	return 0, false
}

// ScriptLog is one line a route-point script logged. Pos is the script position
// as "file(line,col)".
type ScriptLog struct {
	RoutePoint string   `json:"route_point"`
	Level      LogLevel `json:"level"`
	Pos        string   `json:"pos,omitempty"`
	Msg        string   `json:"msg"`
}

// Kind returns "log".
func (ScriptLog) Kind() string { return "log" }
func (d ScriptLog) appendText(b []byte) []byte {
	b = word(b, d.RoutePoint)
	b = word(b, d.Level.String())
	if d.Pos != "" {
		b = word(b, d.Pos)
	}
	return strconv.AppendQuote(append(b, ' '), d.Msg)
}

// ModeChanged reports a route-point script's execution mode change.
type ModeChanged struct {
	RoutePoint string   `json:"route_point"`
	From       ExecMode `json:"from"`
	To         ExecMode `json:"to"`
}

// Kind returns "mode".
func (ModeChanged) Kind() string { return "mode" }
func (d ModeChanged) appendText(b []byte) []byte {
	b = word(b, d.RoutePoint)
	b = word(b, d.From.String())
	b = append(b, " ->"...)
	return word(b, d.To.String())
}

// ScriptReturned reports a script's Return value and what the PBX did with it
// (Action: "done", "terminate", "default-route <dest>", "none" when the call had already left).
type ScriptReturned struct {
	RoutePoint string `json:"route_point"`
	Value      bool   `json:"value"`
	Action     string `json:"action"`
}

// Kind returns "return".
func (ScriptReturned) Kind() string { return "return" }
func (d ScriptReturned) appendText(b []byte) []byte {
	b = word(b, d.RoutePoint)
	b = word(b, strconv.FormatBool(d.Value))
	return field(b, "action", d.Action)
}

// ScriptFault reports a script stopped for a reason (an exception, the step budget,
// a missing Return, ...) at a position "file(line,col)".
type ScriptFault struct {
	RoutePoint string `json:"route_point"`
	Why        string `json:"why"`
	Pos        string `json:"pos,omitempty"`
}

// Kind returns "fault".
func (ScriptFault) Kind() string { return "fault" }
func (d ScriptFault) appendText(b []byte) []byte {
	b = word(b, d.RoutePoint)
	if d.Pos != "" {
		b = word(b, d.Pos)
	}
	return strconv.AppendQuote(append(b, ' '), d.Why)
}

// Note is a free-form event a host adds to the trace (compile results, reloads, ...).
type Note struct {
	Source string `json:"source"`
	Msg    string `json:"msg"`
}

// Kind returns "note".
func (Note) Kind() string { return "note" }
func (d Note) appendText(b []byte) []byte {
	b = word(b, d.Source)
	return strconv.AppendQuote(append(b, ' '), d.Msg)
}

// Subscribe registers f to receive every event, in order, on the loop, as it is
// emitted. It returns a function that removes the subscription. Call both on the
// loop. f must not call PBX operations itself (the PBX is in the middle of a
// change when it emits): post them with Post instead.
func (p *PBX) Subscribe(f func(Event)) (unsubscribe func()) {
	p.subID++
	id := p.subID
	p.subs = append(p.subs, subscriber{id, f})
	return func() {
		for i, s := range p.subs {
			if s.id == id {
				p.subs = append(p.subs[:i:i], p.subs[i+1:]...)
				return
			}
		}
	}
}

type subscriber struct {
	id int
	f  func(Event)
}

// Emit adds an event to the trace (hosts use it for their own Note events).
func (p *PBX) Emit(call CallID, d EventData) {
	p.seq++
	if len(p.subs) == 0 {
		return
	}
	e := Event{Seq: p.seq, Time: p.loop.Now(), Elapsed: p.loop.Elapsed(), Call: call, Data: d}
	for _, s := range p.subs {
		s.f(e)
	}
}

// observed reports whether anyone listens (to skip building costly events).
func (p *PBX) observed() bool { return len(p.subs) > 0 }
