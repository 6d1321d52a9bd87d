package runner

import (
	"fmt"
	"strings"
	"time"

	"rpbench/pbx"
)

// Event is the runner's view of one PBX event: enough to print it, match
// it and draw it in a ladder.
type Event struct {
	Seq  uint64
	At   time.Duration // loop time since the scenario's start
	Kind string        // the PBX event kind
	Text string        // the PBX's one-line text form, with sequence and time
	// From and To are the parties an arrow in the ladder joins; To is ""
	// for a note on From alone; both are "" for events not drawn.
	From, To string
	Label    string // the ladder's label

	pe pbx.Event
}

// PBX returns the PBX event this event was made from.
func (e Event) PBX() pbx.Event { return e.pe }

// JSON returns the PBX's JSON form of the event (one object, no newline),
// or nil for an event not made from a PBX event.
func (e Event) JSON() []byte {
	if e.pe.Data == nil {
		return nil
	}
	b, err := e.pe.MarshalJSON()
	if err != nil {
		return nil
	}
	return b
}

// Line is the event as one line of the event log.
func (e Event) Line() string { return e.Text }

// fmtAt prints a loop time as seconds with millisecond precision.
func fmtAt(d time.Duration) string {
	return fmt.Sprintf("%8.3fs", d.Seconds())
}

// Result is the outcome of one scenario.
type Result struct {
	Scenario *Scenario
	Failure  *Failure // nil when the scenario passed
	Events   []Event
	Wall     time.Duration // wall time the replay took
	Virtual  time.Duration // loop time the replay covered
	// GoldenUpdated is set when --update rewrote the golden file.
	GoldenUpdated bool
}

// Passed reports whether the scenario passed.
func (r *Result) Passed() bool { return r.Failure == nil }

// Failure says why a scenario failed: which step, what was expected, what
// happened, and the last events before it.
type Failure struct {
	Pos      Pos    // the failing step (or the golden key)
	Step     string // the failing step's name, when it has one
	Type     string // expectation, timeout, action, golden, setup
	Message  string // one line
	Expected string
	Actual   string
	Last     []Event
}

// LastEvents is how many events a failure shows.
const LastEvents = 10

// Error formats the failure as "file:line:col: message".
func (f *Failure) Error() string { return f.Pos.String() + ": " + f.Message }

// Detail is the failure in full: the message, expected, actual and the
// last events, each indented for a terminal or a JUnit body.
func (f *Failure) Detail() string {
	var b strings.Builder
	b.WriteString(f.Error())
	b.WriteByte('\n')
	if f.Step != "" {
		writeIndented(&b, "step:     ", f.Step)
	}
	if f.Expected != "" {
		writeIndented(&b, "expected: ", f.Expected)
	}
	if f.Actual != "" {
		writeIndented(&b, "actual:   ", f.Actual)
	}
	if len(f.Last) > 0 {
		fmt.Fprintf(&b, "last %d events:\n", len(f.Last))
		for _, e := range f.Last {
			b.WriteString("  ")
			b.WriteString(e.Line())
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func writeIndented(b *strings.Builder, label, text string) {
	pad := strings.Repeat(" ", len(label))
	for i, line := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		if i == 0 {
			b.WriteString(label)
		} else {
			b.WriteString(pad)
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
}

// EventLog is the whole event log, one event per line.
func EventLog(events []Event) string {
	var b strings.Builder
	for _, e := range events {
		b.WriteString(e.Line())
		b.WriteByte('\n')
	}
	return b.String()
}
