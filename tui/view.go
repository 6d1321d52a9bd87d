package tui

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

type rect struct{ x, y, w, h int }

func (r rect) contains(x, y int) bool {
	return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h
}

// screenLayout is where each pane sits; View and mouse handling share it.
type screenLayout struct {
	phones, calls, rps, trace rect
	traceRows                 int // trace lines shown (trace.h minus its title)
	phoneFirst, rpFirst       int // first row shown in a scrolled list
	footer                    int // the first footer line
}

func (m *Model) layout() screenLayout {
	var l screenLayout
	w, h := m.width, m.height
	body := h - 3 // clock bar, status line, help line
	needPhones := len(m.snap.Phones) + 2
	needRight := len(m.snap.RoutePoints) + 1 + len(m.snap.Calls) + 1
	top := min(max(needPhones, needRight, 6), body*55/100)
	top = max(top, 4)
	leftW := w * 55 / 100
	rightW := w - leftW - 1
	l.phones = rect{0, 1, leftW, top}
	rpH := 0
	if len(m.snap.RoutePoints) > 0 {
		rpH = min(len(m.snap.RoutePoints)+1, max(top/2, 2))
	}
	l.calls = rect{leftW + 1, 1, rightW, top - rpH}
	l.rps = rect{leftW + 1, 1 + top - rpH, rightW, rpH}
	l.trace = rect{0, 1 + top, w, body - top}
	l.traceRows = max(l.trace.h-1, 1)
	l.footer = 1 + body

	rows := top - 2
	if sel := m.phoneIndex(m.phone); sel >= rows && rows > 0 {
		l.phoneFirst = sel - rows + 1
	}
	if rows := rpH - 1; rows > 0 {
		if sel := m.rpIndex(m.rp); sel >= rows {
			l.rpFirst = sel - rows + 1
		}
	}
	return l
}

// View renders the whole screen.
func (m *Model) View() tea.View {
	v := tea.NewView(m.Render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "rpbench"
	return v
}

// Render returns the screen as text, exactly the terminal's height in lines.
func (m *Model) Render() string {
	l := m.layout()
	lines := make([]string, 0, m.height)
	lines = append(lines, m.clockBar())
	if m.showHelp {
		lines = append(lines, m.helpLines(l.footer-1)...)
	} else {
		left := m.phonesLines(l)
		right := append(m.callsLines(l), m.rpLines(l)...)
		sep := m.styles.Dim.Render("│")
		for i := 0; i < l.phones.h; i++ {
			var r string
			if i < len(right) {
				r = right[i]
			}
			lines = append(lines, pad(left[i], l.phones.w)+sep+fit(r, l.calls.w))
		}
		if m.showDiags {
			lines = append(lines, m.diagLines(l.trace.h)...)
		} else {
			lines = append(lines, m.traceLines(l)...)
		}
	}
	for len(lines) < l.footer {
		lines = append(lines, "")
	}
	lines = lines[:l.footer]
	lines = append(lines, m.statusLine(), m.helpLine())
	return strings.Join(lines, "\n")
}

// pad fits s into exactly w cells.
func pad(s string, w int) string {
	n := ansi.StringWidth(s)
	if n > w {
		return ansi.Truncate(s, w, "…")
	}
	return s + strings.Repeat(" ", w-n)
}

// fit truncates s to at most w cells.
func fit(s string, w int) string {
	if ansi.StringWidth(s) > w {
		return ansi.Truncate(s, w, "…")
	}
	return s
}

func (m *Model) paneTitle(name string, p pane, extra string) string {
	st := m.styles.Title
	if m.focus == p {
		st = m.styles.TitleFocus
	}
	s := st.Render(name)
	if extra != "" {
		s += " " + m.styles.Dim.Render(extra)
	}
	return s
}

func (m *Model) clockBar() string {
	c := m.snap.Clock
	mode := c.Mode.String()
	if c.Mode != ClockPaused {
		mode += " x" + strconv.Itoa(max(c.Speed, 1))
	}
	modeSt := m.styles.ClockMode
	if c.Mode == ClockPaused {
		modeSt = m.styles.ClockPaused
	}
	left := " rpbench"
	if m.title != "" {
		left += " · " + m.title
	}
	left += "  " + c.Now.Format("15:04:05.000") + " (+" + fmtAt(c.Elapsed) + ")  "
	right := ""
	if c.Next != "" {
		right += "next timer " + c.Next + "  "
	}
	if m.playing != "" {
		right += "♪ " + m.playing + "  "
	}
	if m.recording != "" {
		right += "● REC " + m.recording + "  "
	}
	right += "? help "
	used := ansi.StringWidth(left) + ansi.StringWidth(mode) + ansi.StringWidth(right)
	gap := m.width - used
	if gap < 1 {
		right = fit(right, max(m.width-ansi.StringWidth(left)-ansi.StringWidth(mode)-1, 0))
		gap = max(m.width-ansi.StringWidth(left)-ansi.StringWidth(mode)-ansi.StringWidth(right), 0)
	}
	bar := m.styles.ClockBar.Render(left) + modeSt.Render(mode) + m.styles.ClockBar.Render(strings.Repeat(" ", gap)+right)
	return fit(bar, m.width)
}

// phoneCols returns the widths of the phones table's name, state and with
// columns for a number column numW wide.
func phoneCols(w, numW int) (name, state, with int) {
	rest := w - 2 - (numW + 1) - 11 // mark, number, state
	name = max(rest*35/100, 4)
	with = max(rest-name-1, 4)
	return name, 10, with
}

// numberWidth is the phones table's number column: the longest number
// (an outside caller's, say), at least 5 and at most 14 cells.
func (m *Model) numberWidth() int {
	w := 5
	for i := range m.snap.Phones {
		w = max(w, ansi.StringWidth(m.snap.Phones[i].Number))
	}
	return min(w, 14)
}

func (m *Model) phonesLines(l screenLayout) []string {
	out := make([]string, 0, l.phones.h)
	n := len(m.snap.Phones)
	out = append(out, m.paneTitle("Phones", panePhones, fmt.Sprintf("%d", n)))
	numW := m.numberWidth()
	nameW, stateW, withW := phoneCols(l.phones.w, numW)
	out = append(out, m.styles.Header.Render(fit(fmt.Sprintf("  %-*s %-*s %-*s %s", numW, "NUM", nameW, "NAME", stateW, "STATE", "WITH · HEARS"), l.phones.w)))
	rows := l.phones.h - 2
	for i := l.phoneFirst; i < n && len(out) < rows+2; i++ {
		p := &m.snap.Phones[i]
		state := p.State
		if p.OnHold {
			state = "on hold"
		}
		with := p.With
		if p.Hearing != "" {
			if with != "" {
				with += " · "
			}
			with += "♪ " + p.Hearing
		}
		mark := "  "
		if p.Number == m.phone {
			mark = "▸ "
		}
		row := mark + pad(p.Number, numW) + " " + pad(p.Name, nameW) + " " +
			m.styles.stateStyle(stateWord(p)).Render(pad(state, stateW)) + " " + fit(with, withW)
		if p.Number == m.phone && m.focus == panePhones {
			row = m.styles.Selected.Render(ansi.Strip(pad(row, l.phones.w)))
		}
		out = append(out, row)
	}
	for len(out) < l.phones.h {
		out = append(out, "")
	}
	return out[:l.phones.h]
}

func stateWord(p *PhoneView) string {
	if p.OnHold {
		return "held"
	}
	return p.State
}

// callLine renders one call as "C3  100 connected · 101 ringing".
func callLine(c *CallView) string {
	var b strings.Builder
	b.WriteString(c.ID)
	for i, lg := range c.Legs {
		if i == 0 {
			b.WriteString("  ")
		} else {
			b.WriteString(" · ")
		}
		b.WriteString(lg.DN)
		b.WriteByte(' ')
		b.WriteString(lg.Status)
		if lg.Note != "" {
			b.WriteString(" (" + lg.Note + ")")
		}
	}
	return b.String()
}

func (m *Model) callFirst(rows int) int {
	if m.callIdx >= rows && rows > 0 {
		return m.callIdx - rows + 1
	}
	return 0
}

func (m *Model) callAtRow(row, rows int) int {
	i := m.callFirst(rows) + row
	if i < len(m.snap.Calls) {
		return i
	}
	return -1
}

func (m *Model) callsLines(l screenLayout) []string {
	if l.calls.h <= 0 {
		return nil
	}
	out := make([]string, 0, l.calls.h)
	out = append(out, m.paneTitle("Calls", paneCalls, fmt.Sprintf("%d", len(m.snap.Calls))))
	rows := l.calls.h - 1
	for i := m.callFirst(rows); i < len(m.snap.Calls) && len(out) < l.calls.h; i++ {
		s := fit(callLine(&m.snap.Calls[i]), l.calls.w)
		if i == m.callIdx && m.focus == paneCalls {
			s = m.styles.Selected.Render(pad(s, l.calls.w))
		}
		out = append(out, s)
	}
	if len(m.snap.Calls) == 0 && rows > 0 {
		out = append(out, m.styles.Dim.Render("no calls"))
	}
	for len(out) < l.calls.h {
		out = append(out, "")
	}
	return out
}

func (m *Model) rpLines(l screenLayout) []string {
	if l.rps.h <= 0 {
		return nil
	}
	out := make([]string, 0, l.rps.h)
	out = append(out, m.paneTitle("Route points", paneRoutePoints, "v diagnostics"))
	for i := l.rpFirst; i < len(m.snap.RoutePoints) && len(out) < l.rps.h; i++ {
		r := &m.snap.RoutePoints[i]
		dot := m.styles.DotOK.Render("●")
		checking := !r.Hosted && len(r.Diags) == 1 && r.Diags[0] == "checking"
		switch {
		case checking:
			dot = m.styles.Dim.Render("◌")
		case !r.Hosted:
			dot = m.styles.Dim.Render("○")
		case !r.OK:
			dot = m.styles.DotBad.Render("●")
		}
		mark := " "
		if r.Number == m.rp {
			mark = "▸"
		}
		desc := filepath.Base(r.Script)
		if r.Script == "" {
			desc = "(no script)"
		}
		if checking {
			desc += " (checking)"
		} else if !r.Hosted {
			desc += " (no handler)"
		} else if !r.OK && len(r.Diags) > 0 {
			desc += fmt.Sprintf(" %d error(s)", len(r.Diags))
		}
		if r.Active > 0 {
			desc += fmt.Sprintf(" [%d calls]", r.Active)
		}
		s := mark + dot + " " + r.Number + " " + desc
		if r.Number == m.rp && m.focus == paneRoutePoints {
			s = m.styles.Selected.Render(ansi.Strip(pad(s, l.rps.w)))
		}
		out = append(out, fit(s, l.rps.w))
	}
	for len(out) < l.rps.h {
		out = append(out, "")
	}
	return out
}

func (m *Model) traceLines(l screenLayout) []string {
	t := &m.trace
	extra := fmt.Sprintf("%d lines", t.lines.len())
	switch {
	case t.follow:
		extra += " · follow"
	case t.offset > 0:
		extra += fmt.Sprintf(" · follow off, %d newer below", t.offset)
	default:
		extra += " · follow off"
	}
	if t.filter.Active() {
		extra += " · filter: " + t.filter.String()
	}
	out := make([]string, 0, l.trace.h)
	out = append(out, fit(m.paneTitle("Trace", paneTrace, extra), m.width))
	return append(out, t.view(&m.styles)...)
}

func (m *Model) diagLines(h int) []string {
	out := make([]string, 0, h)
	i := m.rpIndex(m.rp)
	if i < 0 {
		out = append(out, m.styles.Title.Render("Diagnostics")+" "+m.styles.Dim.Render("no route point"))
	} else {
		r := &m.snap.RoutePoints[i]
		out = append(out, fit(m.styles.Title.Render("Diagnostics "+r.Number)+" "+m.styles.Dim.Render(r.Script+" · esc/v closes"), m.width))
		switch {
		case len(r.Diags) == 0 && r.OK:
			out = append(out, m.styles.DotOK.Render("●")+" compiles cleanly")
		case len(r.Diags) == 0:
			out = append(out, m.styles.DotBad.Render("●")+" not loaded")
		}
		if !r.OK && r.Loaded {
			out = append(out, m.styles.Dim.Render("the previous version keeps running"))
		}
		for _, d := range r.Diags {
			if len(out) >= h {
				break
			}
			out = append(out, m.styles.Diag.Render(fit(d, m.width)))
		}
	}
	for len(out) < h {
		out = append(out, "")
	}
	return out[:h]
}

func (m *Model) helpLines(h int) []string {
	m.help.ShowAll = true
	body := m.help.FullHelpView(m.keys.FullHelp())
	out := []string{m.styles.Title.Render("Keys") + m.styles.Dim.Render(" · actions apply to the selected phone (▸); mouse: click selects, wheel scrolls · any key closes")}
	out = append(out, strings.Split(body, "\n")...)
	for i := range out {
		out[i] = fit(out[i], m.width)
	}
	if len(out) > h {
		out = out[:h]
	}
	return out
}

func (m *Model) statusLine() string {
	if m.prompt.active() {
		return m.prompt.view(&m.styles, m.width)
	}
	if m.status == "" {
		return ""
	}
	if !m.statusOK {
		return m.styles.Error.Render(fit(m.status, m.width))
	}
	return fit(m.status, m.width)
}

func (m *Model) helpLine() string {
	m.help.ShowAll = false
	return fit(m.help.ShortHelpView(m.keys.ShortHelp()), m.width)
}

// Elapsed formats a duration for the clock bar's "next timer" field.
func Elapsed(d time.Duration) string {
	return fmt.Sprintf("%.1fs", d.Seconds())
}
