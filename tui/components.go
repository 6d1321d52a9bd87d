package tui

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// The panes are small components in the Bubble Tea manner: the Model gives
// each its data and, with SetSize, its box; View renders exactly that box,
// one string per line. They scroll to keep the selected row in view.

// phonesTable is the Phones pane: a title, a header and one row per phone.
type phonesTable struct {
	w, h     int
	phones   []PhoneView
	selected int // index of the selected phone, -1 for none
	focused  bool
	top      int // the first phone shown; see scroll
}

// SetSize sets the pane's box.
func (t *phonesTable) SetSize(w, h int) { t.w, t.h = w, h }

// first returns the index of the first phone shown.
func (t *phonesTable) first() int { return scrollTop(t.top, t.selected, t.h-2, len(t.phones)) }

// scrollTop moves a list's first shown row as little as needed to show the
// selected one, and no further than the end allows.
func scrollTop(top, selected, rows, n int) int {
	if rows <= 0 {
		return 0
	}
	if selected >= 0 {
		top = min(top, selected)
		top = max(top, selected-rows+1)
	}
	return max(min(top, n-rows), 0)
}

// rowAt returns the phone at line y of the pane (0 is the title), or -1.
func (t *phonesTable) rowAt(y int) int {
	if y < 2 || y >= t.h {
		return -1
	}
	if i := t.first() + y - 2; i < len(t.phones) {
		return i
	}
	return -1
}

// numberWidth is the number column: the longest number (an outside
// caller's, say), at least 5 and at most 14 cells.
func (t *phonesTable) numberWidth() int {
	w := 5
	for i := range t.phones {
		w = max(w, ansi.StringWidth(t.phones[i].Number))
	}
	return min(w, 14)
}

// columns returns the widths of the name, state and with columns.
func (t *phonesTable) columns(numW int) (name, state, with int) {
	rest := t.w - 2 - (numW + 1) - 11 // mark, number, state
	name = max(rest*35/100, 4)
	with = max(rest-name-1, 4)
	return name, 10, with
}

// View renders the pane under a title.
func (t *phonesTable) View(st *Styles, title string) []string {
	out := make([]string, 0, t.h)
	out = append(out, title)
	numW := t.numberWidth()
	nameW, stateW, withW := t.columns(numW)
	out = append(out, st.Header.Render(fit(fmt.Sprintf("  %-*s %-*s %-*s %s", numW, "NUM", nameW, "NAME", stateW, "STATE", "WITH · HEARS"), t.w)))
	for i := t.first(); i < len(t.phones) && len(out) < t.h; i++ {
		p := &t.phones[i]
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
		if i == t.selected {
			mark = "▸ "
		}
		row := mark + pad(p.Number, numW) + " " + pad(p.Name, nameW) + " " +
			st.stateStyle(stateWord(p)).Render(pad(state, stateW)) + " " + fit(with, withW)
		if i == t.selected && t.focused {
			row = st.Selected.Render(ansi.Strip(pad(row, t.w)))
		}
		out = append(out, row)
	}
	for len(out) < t.h {
		out = append(out, "")
	}
	return out[:max(t.h, 0)]
}

func stateWord(p *PhoneView) string {
	if p.OnHold {
		return "held"
	}
	return p.State
}

// callsList is the Calls pane: each call on a line of its own followed by
// a line per leg when the pane has the room, else one line per call.
type callsList struct {
	w, h     int
	calls    []CallView
	selected int
	focused  bool
	top      int // the first row shown
}

// SetSize sets the pane's box.
func (c *callsList) SetSize(w, h int) { c.w, c.h = w, h }

// callRow is one row of the calls pane.
type callRow struct {
	call int // index of the call the row belongs to
	text string
	head bool // the call's first row
}

// rows lays the calls out.
func (c *callsList) rows() []callRow {
	need := 0
	for i := range c.calls {
		need += 1 + len(c.calls[i].Legs)
	}
	out := make([]callRow, 0, need)
	if need > c.h-1 {
		for i := range c.calls {
			out = append(out, callRow{i, callLine(&c.calls[i]), true})
		}
		return out
	}
	for i := range c.calls {
		out = append(out, callRow{i, c.calls[i].ID, true})
		for _, lg := range c.calls[i].Legs {
			t := "  " + lg.DN + " " + lg.Status
			if lg.Note != "" {
				t += " · " + lg.Note
			}
			out = append(out, callRow{i, t, false})
		}
	}
	return out
}

// first returns the first row shown: the selected call's rows in view.
func (c *callsList) first(rows []callRow) int {
	lo, hi := -1, -1
	for r, row := range rows {
		if row.call == c.selected {
			if lo < 0 {
				lo = r
			}
			hi = r
		}
	}
	top := c.top
	if n := c.h - 1; n > 0 && lo >= 0 {
		top = max(min(top, lo), hi-n+1)
		top = min(top, lo)
	}
	return max(min(top, len(rows)-(c.h-1)), 0)
}

// scrolled returns the first row shown, for the Model to keep.
func (c *callsList) scrolled() int { return c.first(c.rows()) }

// rowAt returns the call at line y of the pane (0 is the title), or -1.
func (c *callsList) rowAt(y int) int {
	if y < 1 || y >= c.h {
		return -1
	}
	rows := c.rows()
	if r := c.first(rows) + y - 1; r < len(rows) {
		return rows[r].call
	}
	return -1
}

// callLine renders one call as "c3  100 connected · 101 ringing".
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

// View renders the pane under a title.
func (c *callsList) View(st *Styles, title string) []string {
	if c.h <= 0 {
		return nil
	}
	out := make([]string, 0, c.h)
	out = append(out, title)
	rows := c.rows()
	for r := c.first(rows); r < len(rows) && len(out) < c.h; r++ {
		row := rows[r]
		s := fit(row.text, c.w)
		switch {
		case row.call == c.selected && c.focused:
			s = st.Selected.Render(pad(s, c.w))
		case !row.head:
			s = st.stateStyle(legStatus(row.text)).Render(s)
		}
		out = append(out, s)
	}
	if len(c.calls) == 0 && c.h > 1 {
		out = append(out, st.Dim.Render("no calls"))
	}
	for len(out) < c.h {
		out = append(out, "")
	}
	return out
}

// legStatus picks the status word out of a leg row ("  101 ringing · ...").
func legStatus(row string) string {
	f := strings.Fields(row)
	if len(f) >= 2 {
		return f[1]
	}
	return ""
}

// routePointsList is the Route points pane: a dot, the number and the script.
type routePointsList struct {
	w, h     int
	rps      []RoutePointView
	selected int
	focused  bool
	top      int
}

// SetSize sets the pane's box.
func (r *routePointsList) SetSize(w, h int) { r.w, r.h = w, h }

func (r *routePointsList) first() int { return scrollTop(r.top, r.selected, r.h-1, len(r.rps)) }

// rowAt returns the route point at line y of the pane (0 is the title), or -1.
func (r *routePointsList) rowAt(y int) int {
	if y < 1 || y >= r.h {
		return -1
	}
	if i := r.first() + y - 1; i < len(r.rps) {
		return i
	}
	return -1
}

// checking reports a route point whose script the host has not checked yet.
func checking(rp *RoutePointView) bool {
	return !rp.Hosted && len(rp.Diags) == 1 && rp.Diags[0] == "checking"
}

// View renders the pane under a title.
func (r *routePointsList) View(st *Styles, title string) []string {
	if r.h <= 0 {
		return nil
	}
	out := make([]string, 0, r.h)
	out = append(out, title)
	for i := r.first(); i < len(r.rps) && len(out) < r.h; i++ {
		rp := &r.rps[i]
		dot := st.DotOK.Render("●")
		switch {
		case checking(rp):
			dot = st.Dim.Render("◌")
		case !rp.Hosted:
			dot = st.Dim.Render("○")
		case !rp.OK:
			dot = st.DotBad.Render("●")
		}
		mark := " "
		if i == r.selected {
			mark = "▸"
		}
		desc := filepath.Base(rp.Script)
		if rp.Script == "" {
			desc = "(no script)"
		}
		switch {
		case checking(rp):
			desc += " (checking)"
		case !rp.Hosted:
			desc += " (no handler)"
		case !rp.OK && len(rp.Diags) > 0:
			desc += fmt.Sprintf(" %d error(s)", len(rp.Diags))
		}
		if rp.Active > 0 {
			desc += fmt.Sprintf(" [%d calls]", rp.Active)
		}
		s := mark + dot + " " + rp.Number + " " + desc
		if i == r.selected && r.focused {
			s = st.Selected.Render(ansi.Strip(pad(s, r.w)))
		}
		out = append(out, fit(s, r.w))
	}
	for len(out) < r.h {
		out = append(out, "")
	}
	return out
}
