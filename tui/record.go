package tui

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// Recording is what --record writes: the user's commands with the loop time
// each ran at, and the phones' states at the end. WriteScenario turns it into
// a scenario for `rpbench run` (docs/scenario-format.md).
type Recording struct {
	Config string    // "default" or the config file's path, as the scenario names it
	Start  time.Time // the loop clock's start
	Seed   int64
	Steps  []RecordedStep
	Final  []PhoneView // the phones at the end; extensions become expectations
	End    time.Duration
}

// RecordedStep is one command at a loop time since the start.
type RecordedStep struct {
	At  time.Duration
	Cmd Command
}

// Add records a command run at loop time at. Clock commands are not steps:
// the time between steps says what the clock did.
func (r *Recording) Add(at time.Duration, c Command) {
	switch c.Op {
	case OpPause, OpRun, OpStep, OpReload:
		return
	}
	r.Steps = append(r.Steps, RecordedStep{At: at, Cmd: c})
}

// q quotes a YAML scalar (numbers such as "#101" or "0301" must stay strings).
func q(s string) string { return strconv.Quote(s) }

// fmtYAMLDur renders a duration the runner reads ("1.5s", "2m3.25s"),
// rounded to the millisecond.
func fmtYAMLDur(d time.Duration) string {
	return d.Round(time.Millisecond).String()
}

// RunnerState maps a phone's state word to the scenario format's states
// (idle, dialing, ringing, talking, held).
func RunnerState(p PhoneView) string {
	switch p.State {
	case "connected", "talking":
		return "talking"
	case "dialing", "ringing", "held", "idle":
		return p.State
	}
	return "idle"
}

// WriteScenario writes the recording as a scenario file.
func (r *Recording) WriteScenario(w io.Writer) error {
	var b strings.Builder
	b.WriteString("# Recorded by rpbench --record: the user's actions with the clock,\n")
	b.WriteString("# and the phones' final states as expectations. Edit freely.\n")
	b.WriteString("version: 1\n")
	b.WriteString("name: recorded session\n")
	fmt.Fprintf(&b, "pbx: %s\n", q(r.Config))
	start := r.Start
	if start.IsZero() {
		start = time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC)
	}
	fmt.Fprintf(&b, "clock:\n  start: %s\n  seed: %d\n", q(start.UTC().Format(time.RFC3339Nano)), r.Seed)
	b.WriteString("steps:\n")
	var at time.Duration
	n := 0
	// Outside callers are named by aliases, so later steps can act as them.
	alias := map[string]string{}
	for _, s := range r.Steps {
		c, as := s.Cmd, ""
		if c.Op == OpInbound {
			if _, ok := alias[c.CallerID]; !ok {
				alias[c.CallerID] = fmt.Sprintf("caller%d", len(alias)+1)
			}
			as = alias[c.CallerID]
		} else if a, ok := alias[c.From]; ok {
			c.From = a
		}
		if d := (s.At - at).Round(time.Millisecond); d > 0 {
			fmt.Fprintf(&b, "  - advance: %s\n", fmtYAMLDur(d))
			at += d
		}
		b.WriteString("  - ")
		b.WriteString(stepYAML(c, as))
		b.WriteByte('\n')
		n++
	}
	if d := (r.End - at).Round(time.Millisecond); d > 0 {
		fmt.Fprintf(&b, "  - advance: %s\n", fmtYAMLDur(d))
		n++
	}
	for _, p := range r.Final {
		if p.Kind != "ext" {
			continue
		}
		st := RunnerState(p)
		with := ""
		if st != "idle" && p.Peer != "" {
			peer := p.Peer
			if a, ok := alias[peer]; ok {
				peer = a
			}
			with = ", with: " + q(peer)
		}
		fmt.Fprintf(&b, "  - expect: {phone: %s, state: %s%s}\n", q(p.Number), st, with)
		n++
	}
	if n == 0 {
		// A scenario needs a step; an empty session still replays.
		b.WriteString("  - advance: 0s\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// stepYAML renders one command as a flow-style step; as names an inbound caller.
func stepYAML(c Command, as string) string {
	switch c.Op {
	case OpDial:
		return fmt.Sprintf("dial: {from: %s, to: %s}", q(c.From), q(c.To))
	case OpAnswer, OpReject, OpDrop, OpHold, OpResume, OpComplete:
		return fmt.Sprintf("%s: %s", c.Op, q(c.From))
	case OpTransfer, OpConsult:
		return fmt.Sprintf("%s: {phone: %s, to: %s}", c.Op, q(c.From), q(c.To))
	case OpDTMF:
		return fmt.Sprintf("dtmf: {phone: %s, digits: %s}", q(c.From), q(c.Digits))
	case OpPickup:
		if c.To == "" {
			return fmt.Sprintf("pickup: %s", q(c.From))
		}
		return fmt.Sprintf("pickup: {phone: %s, at: %s}", q(c.From), q(c.To))
	case OpInbound:
		s := fmt.Sprintf("inbound: {from: %s, did: %s", q(c.CallerID), q(c.DID))
		if c.Trunk != "" {
			s += ", trunk: " + q(c.Trunk)
		}
		if as != "" {
			s += ", as: " + q(as)
		}
		return s + "}"
	}
	return fmt.Sprintf("# %s", c)
}
