package tui

import (
	"fmt"
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
	footer                    int // the first footer line
}

func (m *Model) layout() screenLayout {
	var l screenLayout
	w, h := m.width, m.height
	body := h - 3 // clock bar, status line, help line
	needPhones := len(m.snap.Phones) + 2
	limit := body * 55 / 100
	needRight := len(m.snap.RoutePoints) + 1 + len(m.snap.Calls) + 1
	legs := 0
	for i := range m.snap.Calls {
		legs += len(m.snap.Calls[i].Legs)
	}
	if needRight+legs <= limit {
		needRight += legs // room for a line per leg
	}
	top := min(max(needPhones, needRight, 6), limit)
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
	return l
}

// panes returns the three list panes with the model's data, sized by l.
func (m *Model) panes(l screenLayout) (*phonesTable, *callsList, *routePointsList) {
	p := &phonesTable{phones: m.snap.Phones, selected: m.phoneIndex(m.phone), focused: m.focus == panePhones, top: m.tops[0]}
	p.SetSize(l.phones.w, l.phones.h)
	c := &callsList{calls: m.snap.Calls, selected: m.callIdx, focused: m.focus == paneCalls, top: m.tops[1]}
	c.SetSize(l.calls.w, l.calls.h)
	r := &routePointsList{rps: m.snap.RoutePoints, selected: m.rpIndex(m.rp), focused: m.focus == paneRoutePoints, top: m.tops[2]}
	r.SetSize(l.rps.w, l.rps.h)
	return p, c, r
}

// keepScroll remembers where each list is scrolled to after a message, so
// that the lists move only as far as the selection needs.
func (m *Model) keepScroll() {
	p, c, r := m.panes(m.layout())
	m.tops = [3]int{p.first(), c.scrolled(), r.first()}
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
		ph, calls, rps := m.panes(l)
		left := ph.View(&m.styles, m.paneTitle("Phones", panePhones, strconv.Itoa(len(m.snap.Phones))))
		right := append(calls.View(&m.styles, m.paneTitle("Calls", paneCalls, strconv.Itoa(len(m.snap.Calls)))),
			rps.View(&m.styles, m.paneTitle("Route points", paneRoutePoints, "v diagnostics"))...)
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
	if t.wrap {
		extra += " · wrap"
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
