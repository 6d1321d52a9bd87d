package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// pane identifies a focusable part of the screen.
type pane int

const (
	panePhones pane = iota
	paneCalls
	paneRoutePoints
	paneTrace
	paneCount
)

// Options configures a Model.
type Options struct {
	Backend       Backend  // where commands go; required
	KeyMap        *KeyMap  // nil: DefaultKeyMap()
	Styles        *Styles  // nil: DefaultStyles()
	TraceCapacity int      // lines kept; 0: 20,000
	Title         string   // shown in the clock bar, e.g. the config's name
	Recording     string   // the --record file, shown in the clock bar
	Initial       Snapshot // the state before the first SnapshotMsg
	Audio         Audio    // nil: no sound; else what the selected phone hears plays in real time
}

// Model is the workbench's Bubble Tea model. Use it through a pointer.
type Model struct {
	keys    KeyMap
	styles  Styles
	backend Backend
	help    help.Model

	title, recording string

	snap  Snapshot
	trace traceView

	width, height int
	focus         pane
	phone         string // the selected phone's number
	rp            string // the selected route point's number
	callIdx       int    // the selected call in the calls pane
	tops          [3]int // the first row shown of the phones, calls and route points lists
	showHelp      bool
	showDiags     bool

	prompt   prompt
	lastIn   [promptFilter + 1]string // last value per prompt kind
	status   string                   // the footer's message
	statusOK bool                     // false: the message is an error

	// sent counts commands given to the backend (tests read it).
	sent int

	audio   Audio
	muted   bool
	hearing string // the audio source asked for, "kind:what"
	playing string // what the audio says it plays
}

// New returns a Model over a Backend.
func New(o Options) *Model {
	m := &Model{
		keys:      DefaultKeyMap(),
		styles:    DefaultStyles(),
		backend:   o.Backend,
		help:      help.New(),
		title:     o.Title,
		recording: o.Recording,
		width:     80,
		height:    24,
		audio:     o.Audio,
	}
	if o.KeyMap != nil {
		m.keys = *o.KeyMap
	}
	if o.Styles != nil {
		m.styles = *o.Styles
	}
	c := o.TraceCapacity
	if c <= 0 {
		c = 20000
	}
	m.trace = newTraceView(c)
	m.setSnapshot(o.Initial)
	m.SetSize(m.width, m.height)
	return m
}

// SetSize lays the screen out for a terminal of w x h cells.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = max(w, 20), max(h, 8)
	l := m.layout()
	m.trace.SetSize(m.width, l.traceRows)
	m.help.SetWidth(m.width)
}

// Init starts nothing: the Driver feeds the model.
func (m *Model) Init() tea.Cmd { return nil }

// Update handles one message.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m.keepScroll() // the lists as the screen shows them
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.SetSize(msg.Width, msg.Height)
	case SnapshotMsg:
		m.setSnapshot(msg.Snapshot)
	case ClockMsg:
		m.snap.Clock = msg.Clock
	case TraceMsg:
		m.trace.add(msg.Lines)
	case ErrorMsg:
		m.setStatus(msg.Err.Error(), false)
	case tea.PasteMsg:
		if m.prompt.active() {
			m.prompt.paste(msg.Content)
		}
	case tea.KeyPressMsg:
		cmd := m.handleKey(msg)
		m.keepScroll()
		m.syncAudio()
		return m, cmd
	case tea.MouseClickMsg:
		m.handleClick(msg.Mouse())
	case tea.MouseWheelMsg:
		m.handleWheel(msg.Mouse())
	}
	m.keepScroll()
	m.syncAudio()
	return m, nil
}

// syncAudio plays what the selected phone hears, in real time only (a
// paused or fast clock is silent).
func (m *Model) syncAudio() {
	if m.audio == nil {
		return
	}
	kind, what := "", ""
	if p := m.selectedPhone(); p != nil && !m.muted && m.snap.Clock.Mode == ClockReal {
		kind, what = p.HearsKind, p.HearsWhat
	}
	if key := kind + ":" + what; key != m.hearing {
		m.hearing = key
		m.playing = m.audio.Hear(kind, what)
	}
}

func (m *Model) setStatus(s string, ok bool) { m.status, m.statusOK = s, ok }

func (m *Model) setSnapshot(s Snapshot) {
	m.snap = s
	if m.phone == "" || m.phoneIndex(m.phone) < 0 {
		m.phone = ""
		if len(s.Phones) > 0 {
			m.phone = s.Phones[0].Number
		}
	}
	if m.rp == "" || m.rpIndex(m.rp) < 0 {
		m.rp = ""
		if len(s.RoutePoints) > 0 {
			m.rp = s.RoutePoints[0].Number
		}
	}
	if m.callIdx >= len(s.Calls) {
		m.callIdx = max(len(s.Calls)-1, 0)
	}
	// The layout depends on the counts of phones and route points.
	m.trace.SetSize(m.width, m.layout().traceRows)
}

func (m *Model) phoneIndex(num string) int {
	for i := range m.snap.Phones {
		if m.snap.Phones[i].Number == num {
			return i
		}
	}
	return -1
}

func (m *Model) rpIndex(num string) int {
	for i := range m.snap.RoutePoints {
		if m.snap.RoutePoints[i].Number == num {
			return i
		}
	}
	return -1
}

// selectedPhone returns the selected phone, or nil.
func (m *Model) selectedPhone() *PhoneView {
	if i := m.phoneIndex(m.phone); i >= 0 {
		return &m.snap.Phones[i]
	}
	return nil
}

// send gives a command to the backend and echoes it in the footer.
func (m *Model) send(c Command) {
	m.sent++
	m.backend.Do(c)
	m.setStatus(c.String(), true)
}

func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	if m.prompt.active() {
		submit, cancel := m.prompt.key(msg)
		switch {
		case cancel:
			m.prompt.close()
			m.setStatus("", true)
		case submit:
			m.submitPrompt()
		}
		return nil
	}
	k := &m.keys
	if m.showHelp {
		// Any key closes the help; q still quits.
		m.showHelp = false
		if key.Matches(msg, k.Quit) {
			return tea.Quit
		}
		return nil
	}
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Help):
		m.showHelp = true
	case key.Matches(msg, k.NextPane):
		m.focus = (m.focus + 1) % paneCount
	case key.Matches(msg, k.PrevPane):
		m.focus = (m.focus + paneCount - 1) % paneCount
	case key.Matches(msg, k.Up):
		m.move(-1)
	case key.Matches(msg, k.Down):
		m.move(1)
	case key.Matches(msg, k.PageUp):
		m.trace.scroll(max(m.trace.height-1, 1))
	case key.Matches(msg, k.PageDown):
		m.trace.scroll(-max(m.trace.height-1, 1))
	case key.Matches(msg, k.Top):
		m.trace.toTop()
	case key.Matches(msg, k.Bottom):
		m.trace.toBottom()

	case key.Matches(msg, k.Dial):
		m.openPrompt(promptDial)
	case key.Matches(msg, k.Answer):
		m.phoneOp(OpAnswer)
	case key.Matches(msg, k.Reject):
		m.phoneOp(OpReject)
	case key.Matches(msg, k.Drop):
		m.phoneOp(OpDrop)
	case key.Matches(msg, k.Hold):
		if p := m.selectedPhone(); p != nil && p.OnHold {
			m.phoneOp(OpResume)
		} else {
			m.phoneOp(OpHold)
		}
	case key.Matches(msg, k.Transfer):
		m.openPrompt(promptTransfer)
	case key.Matches(msg, k.Consult):
		m.openPrompt(promptConsult)
	case key.Matches(msg, k.Complete):
		m.phoneOp(OpComplete)
	case key.Matches(msg, k.DTMF):
		m.openPrompt(promptDTMF)
	case key.Matches(msg, k.Pickup):
		m.openPrompt(promptPickup)
	case key.Matches(msg, k.Inbound):
		m.openPrompt(promptInbound)

	case key.Matches(msg, k.Pause):
		if m.snap.Clock.Mode == ClockPaused {
			m.send(Command{Op: OpRun, Speed: max(m.snap.Clock.Speed, 1)})
		} else {
			m.send(Command{Op: OpPause})
		}
	case key.Matches(msg, k.Step):
		m.send(Command{Op: OpStep})
		if m.snap.Clock.Next == "" {
			m.setStatus("step: no timer is pending (the clock is paused)", true)
		}
	case key.Matches(msg, k.Real):
		m.send(Command{Op: OpRun, Speed: 1})
	case key.Matches(msg, k.Fast10):
		m.send(Command{Op: OpRun, Speed: 10})
	case key.Matches(msg, k.Fast100):
		m.send(Command{Op: OpRun, Speed: 100})

	case key.Matches(msg, k.Filter):
		m.prompt.open(promptFilter, "", m.trace.filter.String())
	case key.Matches(msg, k.FilterCall):
		m.filterSelectedCall()
	case key.Matches(msg, k.Level):
		f := m.trace.filter
		f.MinLevel = (f.MinLevel + 1) % (LevelError + 1)
		m.trace.setFilter(f)
		m.setStatus("trace level "+f.MinLevel.String()+" and above", true)
	case key.Matches(msg, k.Follow):
		if m.trace.follow {
			m.trace.follow = false
			m.setStatus("follow off", true)
		} else {
			m.trace.toBottom()
			m.setStatus("follow on", true)
		}
	case key.Matches(msg, k.Wrap):
		m.trace.wrap = !m.trace.wrap
		if m.trace.wrap {
			m.setStatus("trace: long lines wrap", true)
		} else {
			m.setStatus("trace: long lines are cut", true)
		}
	case key.Matches(msg, k.ClearFilter):
		if m.showDiags {
			m.showDiags = false
		} else {
			m.trace.setFilter(TraceFilter{})
			m.setStatus("filter cleared", true)
		}

	case key.Matches(msg, k.Sound):
		if m.audio == nil {
			m.setStatus("no sound: no speaker (rpbench --no-audio, or no audio device)", false)
			break
		}
		m.muted = !m.muted
		m.audio.SetMuted(m.muted)
		if m.muted {
			m.setStatus("sound off", true)
		} else {
			m.setStatus("sound on: the selected phone's music, prompts and tones, in real time", true)
		}
	case key.Matches(msg, k.Diagnostics):
		m.showDiags = !m.showDiags
	case key.Matches(msg, k.Reload):
		m.send(Command{Op: OpReload})
	case msg.String() == "enter" && m.focus == paneRoutePoints:
		m.showDiags = !m.showDiags
	}
	return nil
}

func (m *Model) move(d int) {
	switch m.focus {
	case panePhones:
		if n := len(m.snap.Phones); n > 0 {
			i := m.phoneIndex(m.phone) + d
			m.phone = m.snap.Phones[min(max(i, 0), n-1)].Number
		}
	case paneRoutePoints:
		if n := len(m.snap.RoutePoints); n > 0 {
			i := m.rpIndex(m.rp) + d
			m.rp = m.snap.RoutePoints[min(max(i, 0), n-1)].Number
		}
	case paneCalls:
		m.callIdx = min(max(m.callIdx+d, 0), max(len(m.snap.Calls)-1, 0))
	case paneTrace:
		m.trace.scroll(-d)
	}
}

// phoneOp sends a one-phone operation for the selected phone.
func (m *Model) phoneOp(op Op) {
	if m.phone == "" {
		m.setStatus("no phone selected", false)
		return
	}
	m.send(Command{Op: op, From: m.phone})
}

func (m *Model) openPrompt(kind promptKind) {
	if kind != promptInbound && m.phone == "" {
		m.setStatus("no phone selected", false)
		return
	}
	v := m.lastIn[kind]
	if kind == promptPickup {
		v = ""
		for _, p := range m.snap.Phones {
			if p.State == "ringing" && p.Number != m.phone {
				v = p.Number
				break
			}
		}
	}
	if kind == promptDTMF {
		v = ""
	}
	if kind == promptInbound && v == "" && len(m.snap.DIDs) > 0 {
		v = "+4917012345 " + m.snap.DIDs[0] // an example caller to the first DID
	}
	m.prompt.open(kind, m.phone, v)
}

func (m *Model) submitPrompt() {
	kind, from, v := m.prompt.kind, m.prompt.from, strings.TrimSpace(m.prompt.value)
	m.prompt.close()
	m.lastIn[kind] = v
	if v == "" && kind != promptFilter {
		m.setStatus("nothing entered", false)
		return
	}
	switch kind {
	case promptDial:
		m.send(Command{Op: OpDial, From: from, To: v})
	case promptTransfer:
		m.send(Command{Op: OpTransfer, From: from, To: v})
	case promptConsult:
		m.send(Command{Op: OpConsult, From: from, To: v})
	case promptDTMF:
		m.send(Command{Op: OpDTMF, From: from, Digits: v})
	case promptPickup:
		m.send(Command{Op: OpPickup, From: from, To: v})
	case promptInbound:
		f := strings.Fields(v)
		if len(f) < 2 || len(f) > 3 {
			m.setStatus("inbound needs: caller-id DID [trunk]", false)
			return
		}
		c := Command{Op: OpInbound, CallerID: f[0], DID: f[1]}
		if len(f) == 3 {
			c.Trunk = f[2]
		}
		m.send(c)
	case promptFilter:
		f, err := ParseTraceFilter(v)
		if err != nil {
			m.setStatus(err.Error(), false)
			return
		}
		m.trace.setFilter(f)
		if f.Active() {
			m.setStatus("filter: "+f.String(), true)
		} else {
			m.setStatus("filter cleared", true)
		}
	}
}

func (m *Model) filterSelectedCall() {
	var call string
	switch m.focus {
	case paneCalls:
		if m.callIdx < len(m.snap.Calls) {
			call = m.snap.Calls[m.callIdx].ID
		}
	case paneRoutePoints:
		f := m.trace.filter
		f.RoutePoint, f.Call = m.rp, ""
		m.trace.setFilter(f)
		m.setStatus("filter: "+f.String(), true)
		return
	default:
		if p := m.selectedPhone(); p != nil {
			call = p.Call
		}
	}
	if call == "" {
		m.setStatus("no call to filter on", false)
		return
	}
	f := m.trace.filter
	f.Call, f.RoutePoint = call, ""
	m.trace.setFilter(f)
	m.setStatus("filter: "+f.String(), true)
}

func (m *Model) handleClick(ms tea.Mouse) {
	if m.prompt.active() || m.showHelp {
		return
	}
	l := m.layout()
	ph, calls, rps := m.panes(l)
	switch {
	case l.phones.contains(ms.X, ms.Y):
		m.focus = panePhones
		if i := ph.rowAt(ms.Y - l.phones.y); i >= 0 {
			m.phone = m.snap.Phones[i].Number
		}
	case l.calls.contains(ms.X, ms.Y):
		m.focus = paneCalls
		if i := calls.rowAt(ms.Y - l.calls.y); i >= 0 {
			m.callIdx = i
		}
	case l.rps.contains(ms.X, ms.Y):
		m.focus = paneRoutePoints
		if i := rps.rowAt(ms.Y - l.rps.y); i >= 0 {
			if m.snap.RoutePoints[i].Number == m.rp {
				m.showDiags = !m.showDiags
			}
			m.rp = m.snap.RoutePoints[i].Number
		}
	case l.trace.contains(ms.X, ms.Y) && !m.showDiags:
		m.focus = paneTrace
		// A click on a line shows only its call (esc shows all again).
		if tl := m.trace.lineAt(ms.Y - l.trace.y - 1); tl != nil && tl.Call != "" {
			f := m.trace.filter
			f.Call = tl.Call
			m.trace.setFilter(f)
			m.setStatus("filter: "+f.String()+" (esc shows all)", true)
		}
	}
}

func (m *Model) handleWheel(ms tea.Mouse) {
	d := 0
	switch ms.Button {
	case tea.MouseWheelUp:
		d = -1
	case tea.MouseWheelDown:
		d = 1
	default:
		return
	}
	l := m.layout()
	if l.trace.contains(ms.X, ms.Y) {
		m.trace.scroll(-3 * d)
		return
	}
	old := m.focus
	switch {
	case l.phones.contains(ms.X, ms.Y):
		m.focus = panePhones
	case l.rps.contains(ms.X, ms.Y):
		m.focus = paneRoutePoints
	case l.calls.contains(ms.X, ms.Y):
		m.focus = paneCalls
	}
	m.move(d)
	m.focus = old
}

// Snapshot returns the state the model shows now.
func (m *Model) Snapshot() Snapshot { return m.snap }

// Filter returns the trace filter in force.
func (m *Model) Filter() TraceFilter { return m.trace.filter }

// Selected returns the selected phone's number.
func (m *Model) Selected() string { return m.phone }

// Select makes number the selected phone; it reports whether it exists.
func (m *Model) Select(number string) bool {
	if m.phoneIndex(number) < 0 {
		return false
	}
	m.phone = number
	return true
}

// String is a one-line summary for debugging.
func (m *Model) String() string {
	return fmt.Sprintf("tui.Model{%dx%d phones=%d calls=%d trace=%d}", m.width, m.height,
		len(m.snap.Phones), len(m.snap.Calls), m.trace.lines.len())
}
