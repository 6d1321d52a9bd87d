package tui

import (
	"strings"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// promptKind says what a prompt's answer is for.
type promptKind int

const (
	promptNone promptKind = iota
	promptDial
	promptTransfer
	promptConsult
	promptDTMF
	promptPickup
	promptInbound
	promptFilter
)

var promptLabels = [...]string{
	promptDial:     "dial",
	promptTransfer: "blind transfer to",
	promptConsult:  "consult (attended transfer) with",
	promptDTMF:     "DTMF digits",
	promptPickup:   "pick up the call ringing at",
	promptInbound:  "inbound call: caller-id DID [trunk]",
	promptFilter:   "filter (call=ID rp=#NUM level=info text)",
}

// prompt is the one-line input in the footer. It is small and
// deterministic on purpose (no blinking cursor), so views are golden-testable.
type prompt struct {
	kind  promptKind
	from  string // the phone the action is for
	value string
	// selected: the value is an offered default, shown selected; typing
	// replaces it, backspace clears it, enter takes it.
	selected bool
}

func (p *prompt) active() bool { return p.kind != promptNone }

func (p *prompt) open(kind promptKind, from, value string) {
	p.kind, p.from, p.value, p.selected = kind, from, value, value != ""
}

func (p *prompt) close() { p.kind, p.from, p.value, p.selected = promptNone, "", "", false }

// key edits the value; it reports whether the prompt was submitted or cancelled.
func (p *prompt) key(msg tea.KeyPressMsg) (submit, cancel bool) {
	sel := p.selected
	p.selected = false
	switch msg.String() {
	case "enter":
		return true, false
	case "esc", "ctrl+c":
		return false, true
	case "right", "end":
		// Keep the offered value and edit it.
	case "backspace", "ctrl+h":
		if sel {
			p.value = ""
			break
		}
		if p.value != "" {
			_, n := utf8.DecodeLastRuneInString(p.value)
			p.value = p.value[:len(p.value)-n]
		}
	case "ctrl+u":
		p.value = ""
	case "ctrl+w":
		v := strings.TrimRight(p.value, " ")
		if i := strings.LastIndexByte(v, ' '); i >= 0 {
			p.value = v[:i+1]
		} else {
			p.value = ""
		}
	case "space":
		if sel {
			p.value = ""
		}
		p.value += " "
	default:
		if t := msg.Key().Text; t != "" && msg.Key().Mod&^tea.ModShift == 0 {
			if sel {
				p.value = ""
			}
			p.value += t
		} else {
			p.selected = sel // a key that does nothing keeps the selection
		}
	}
	return false, false
}

// paste adds pasted text, one line of it (replacing an offered value).
func (p *prompt) paste(s string) {
	if p.selected {
		p.value, p.selected = "", false
	}
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		s = s[:i]
	}
	p.value += s
}

func (p *prompt) view(st *Styles, width int) string {
	label := promptLabels[p.kind]
	if p.from != "" && p.kind != promptFilter && p.kind != promptInbound {
		label = p.from + ": " + label
	}
	v := p.value
	if p.selected {
		v = st.Selected.Render(v)
	}
	s := st.Prompt.Render(label+":") + " " + v + "█"
	return ansi.Truncate(s, width, "…")
}
