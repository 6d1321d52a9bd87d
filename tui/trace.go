package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// TraceFilter selects the trace lines shown. Empty fields match everything.
type TraceFilter struct {
	Call       string // only lines of this call
	RoutePoint string // only lines of this route point
	MinLevel   Level  // only lines at this level or above
	Text       string // only lines whose text contains this (case-sensitive)
}

// Active reports whether the filter hides anything.
func (f TraceFilter) Active() bool {
	return f.Call != "" || f.RoutePoint != "" || f.MinLevel > LevelTrace || f.Text != ""
}

func (f TraceFilter) match(l *TraceLine) bool {
	if l.Level < f.MinLevel {
		return false
	}
	if f.Call != "" && l.Call != f.Call {
		return false
	}
	if f.RoutePoint != "" && l.RoutePoint != f.RoutePoint {
		return false
	}
	if f.Text != "" && !strings.Contains(l.Text, f.Text) {
		return false
	}
	return true
}

// String renders the filter as the "/" prompt accepts it.
func (f TraceFilter) String() string {
	var parts []string
	if f.Call != "" {
		parts = append(parts, "call="+f.Call)
	}
	if f.RoutePoint != "" {
		parts = append(parts, "rp="+f.RoutePoint)
	}
	if f.MinLevel > LevelTrace {
		parts = append(parts, "level="+lower(f.MinLevel.String()))
	}
	if f.Text != "" {
		parts = append(parts, f.Text)
	}
	return strings.Join(parts, " ")
}

// ParseTraceFilter reads "call=C1 rp=#101 level=info some text": keys in
// any order, the rest is text to look for.
func ParseTraceFilter(s string) (TraceFilter, error) {
	var f TraceFilter
	var text []string
	for i, w := range strings.Fields(s) {
		k, v, ok := strings.Cut(w, "=")
		if !ok {
			text = append(text, w)
			continue
		}
		switch lower(k) {
		case "call", "c":
			f.Call = v
		case "rp", "route", "routepoint":
			f.RoutePoint = v
		case "level", "l":
			lv, ok := ParseLevel(v)
			if !ok {
				return f, fmt.Errorf("filter word %d: unknown level %q (trace, debug, info, warn, error)", i+1, v)
			}
			f.MinLevel = lv
		default:
			text = append(text, w)
		}
	}
	f.Text = strings.Join(text, " ")
	return f, nil
}

// traceView is the trace pane: a ring of lines, a filter, follow mode and a
// scroll offset counted in matching lines up from the newest.
type traceView struct {
	lines  *ring
	filter TraceFilter
	follow bool
	wrap   bool // long lines continue on the next rows instead of being cut
	offset int  // matching lines hidden below the window (0 when following)
	width  int
	height int // lines of trace shown
}

func newTraceView(capacity int) traceView {
	return traceView{lines: newRing(capacity), follow: true}
}

// SetSize sets the pane's inner size.
func (t *traceView) SetSize(w, h int) {
	t.width, t.height = w, max(h, 1)
}

// add appends lines; when not following, the window stays on the lines it shows.
func (t *traceView) add(ls []TraceLine) {
	for i := range ls {
		t.lines.push(ls[i])
		if !t.follow && t.filter.match(&ls[i]) {
			t.offset++
		}
	}
}

// scroll moves the window by n lines (positive: older).
func (t *traceView) scroll(n int) {
	t.offset += n
	if t.offset < 0 {
		t.offset = 0
	}
	if t.offset > 0 {
		t.follow = false
	}
	// Clamp to the oldest page: count matches only as far as needed.
	if n > 0 {
		limit := t.countMatches(t.offset + t.height)
		if top := limit - t.height; t.offset > top {
			t.offset = max(top, 0)
		}
	}
	if t.offset == 0 && n < 0 {
		t.follow = true
	}
}

func (t *traceView) toBottom() { t.offset, t.follow = 0, true }

func (t *traceView) toTop() {
	t.follow = false
	t.offset = max(t.countMatches(-1)-t.height, 0)
}

func (t *traceView) setFilter(f TraceFilter) {
	t.filter = f
	t.offset = 0
	t.follow = true
}

// countMatches counts matching lines up to limit (-1: all).
func (t *traceView) countMatches(limit int) int {
	if !t.filter.Active() {
		n := t.lines.len()
		if limit >= 0 && n > limit {
			return limit
		}
		return n
	}
	c := 0
	for i := t.lines.len() - 1; i >= 0; i-- {
		if t.filter.match(t.lines.at(i)) {
			c++
			if limit >= 0 && c >= limit {
				break
			}
		}
	}
	return c
}

// visible returns the lines in the window, oldest first. It walks back from
// the newest line, so its cost is the window and the offset, not the ring.
func (t *traceView) visible() []*TraceLine {
	out := make([]*TraceLine, 0, t.height)
	skip := t.offset
	for i := t.lines.len() - 1; i >= 0 && len(out) < t.height; i-- {
		l := t.lines.at(i)
		if !t.filter.match(l) {
			continue
		}
		if skip > 0 {
			skip--
			continue
		}
		out = append(out, l)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// fmtAt renders loop time as m:ss.mmm (or h:mm:ss.mmm).
func fmtAt(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	ms := d.Milliseconds()
	h, m, s, milli := ms/3600000, ms/60000%60, ms/1000%60, ms%1000
	if h > 0 {
		return fmt.Sprintf("%d:%02d:%02d.%03d", h, m, s, milli)
	}
	return fmt.Sprintf("%d:%02d.%03d", m, s, milli)
}

// view renders exactly t.height lines of at most t.width cells. Wrapped,
// the newest lines fill the window from the bottom and the oldest one may
// show only its end.
func (t *traceView) view(st *Styles) []string {
	rows, _ := t.layoutRows(st)
	return rows
}

// lineAt returns the trace line drawn on row y of the window, or nil.
func (t *traceView) lineAt(y int) *TraceLine {
	_, owners := t.layoutRows(&Styles{})
	if y < 0 || y >= len(owners) {
		return nil
	}
	return owners[y]
}

// layoutRows renders the window's rows and the line each row belongs to.
func (t *traceView) layoutRows(st *Styles) ([]string, []*TraceLine) {
	rows := make([]string, 0, t.height)
	owners := make([]*TraceLine, 0, t.height)
	for _, l := range t.visible() {
		if !t.wrap {
			rows = append(rows, renderTraceLine(l, t.width, st))
			owners = append(owners, l)
			continue
		}
		for _, r := range wrapTraceLine(renderTraceLine(l, 1<<30, st), t.width) {
			rows = append(rows, r)
			owners = append(owners, l)
		}
	}
	if len(rows) > t.height {
		rows = rows[len(rows)-t.height:]
		owners = owners[len(owners)-t.height:]
	}
	for len(rows) < t.height {
		rows = append(rows, "")
		owners = append(owners, nil)
	}
	return rows, owners
}

// wrapIndent is how far a wrapped line's continuation rows are indented:
// past the time column.
const wrapIndent = 9

// wrapTraceLine breaks a rendered line into rows of width cells, the
// continuation rows indented.
func wrapTraceLine(s string, width int) []string {
	if width <= wrapIndent+10 || ansi.StringWidth(s) <= width {
		return strings.Split(ansi.Wrap(s, max(width, 1), " "), "\n")
	}
	first := strings.Split(ansi.Wrap(s, width, " "), "\n")[0]
	// Only the level is styled, and it is on the first row.
	rest := strings.TrimLeft(ansi.Strip(ansi.Cut(s, ansi.StringWidth(first), ansi.StringWidth(s))), " ")
	out := []string{first}
	pad := strings.Repeat(" ", wrapIndent)
	for _, r := range strings.Split(ansi.Wrap(rest, width-wrapIndent, " "), "\n") {
		out = append(out, pad+r)
	}
	return out
}

func renderTraceLine(l *TraceLine, width int, st *Styles) string {
	var b strings.Builder
	b.WriteString(fmtAt(l.At))
	b.WriteByte(' ')
	lv := fmt.Sprintf("%-5s", l.Level)
	head := b.String()
	var rest strings.Builder
	rest.WriteByte(' ')
	if l.Call != "" {
		rest.WriteString(l.Call)
		rest.WriteByte(' ')
	}
	if l.RoutePoint != "" {
		rest.WriteString(l.RoutePoint)
		rest.WriteByte(' ')
	}
	if l.Pos != "" {
		rest.WriteString(l.Pos)
		rest.WriteByte(' ')
	}
	rest.WriteString(l.Text)
	plain := head + lv + rest.String()
	if ansi.StringWidth(plain) > width {
		over := ansi.Truncate(rest.String(), max(width-len(head)-len(lv), 0), "…")
		return head + st.Levels[clampLevel(l.Level)].Render(lv) + over
	}
	return head + st.Levels[clampLevel(l.Level)].Render(lv) + rest.String()
}

func clampLevel(l Level) Level {
	if l < LevelTrace {
		return LevelTrace
	}
	if l > LevelError {
		return LevelError
	}
	return l
}
