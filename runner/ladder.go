package runner

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// parties returns the parties drawn in a ladder, in order of first appearance.
func parties(events []Event) []string {
	var out []string
	seen := map[string]bool{}
	add := func(p string) {
		if p != "" && !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, e := range events {
		add(e.From)
		add(e.To)
	}
	return out
}

// WriteLadder draws the call flow as a text ladder: one column per party,
// one row per drawn event with an arrow (or a * for an event on one party)
// and the event's label at the end of the row.
func WriteLadder(w io.Writer, events []Event) error {
	ps := parties(events)
	col := map[string]int{}
	width := 10
	for i, p := range ps {
		col[p] = i
		width = max(width, utf8.RuneCountInString(p)+2)
	}
	var b strings.Builder
	b.WriteString(strings.Repeat(" ", 10))
	for _, p := range ps {
		b.WriteString(p)
		b.WriteString(strings.Repeat(" ", width-utf8.RuneCountInString(p)))
	}
	writeLine(&b)
	lineWidth := width * len(ps)
	for _, e := range events {
		if e.From == "" {
			continue
		}
		row := []rune(strings.Repeat(" ", lineWidth))
		for i := range ps {
			row[i*width] = '|'
		}
		from := col[e.From]
		if e.To == "" || e.To == e.From {
			row[from*width] = '*'
		} else {
			to := col[e.To]
			lo, hi := min(from, to), max(from, to)
			for x := lo*width + 1; x < hi*width; x++ {
				row[x] = '-'
			}
			if to > from {
				row[hi*width-1] = '>'
			} else {
				row[lo*width+1] = '<'
			}
		}
		fmt.Fprintf(&b, "%s  %s %s", fmtAt(e.At), string(row), e.Label)
		writeLine(&b)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeLine(b *strings.Builder) {
	s := strings.TrimRight(b.String(), " ")
	b.Reset()
	b.WriteString(s)
	b.WriteByte('\n')
}

// WriteMermaid draws the call flow as a Mermaid sequenceDiagram.
func WriteMermaid(w io.Writer, title string, events []Event) error {
	ps := parties(events)
	id := map[string]string{}
	var b strings.Builder
	b.WriteString("sequenceDiagram\n")
	if title != "" {
		fmt.Fprintf(&b, "    title %s\n", mermaidText(title))
	}
	for i, p := range ps {
		id[p] = fmt.Sprintf("p%d", i+1)
		fmt.Fprintf(&b, "    participant %s as %s\n", id[p], mermaidText(p))
	}
	for _, e := range events {
		if e.From == "" {
			continue
		}
		label := mermaidText(fmt.Sprintf("%.3fs %s", e.At.Seconds(), e.Label))
		if e.To == "" || e.To == e.From {
			fmt.Fprintf(&b, "    Note over %s: %s\n", id[e.From], label)
		} else {
			fmt.Fprintf(&b, "    %s->>%s: %s\n", id[e.From], id[e.To], label)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// mermaidText escapes the characters Mermaid reads as syntax in labels.
func mermaidText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '#':
			b.WriteString("#35;")
		case ';':
			b.WriteString("#59;")
		case '\n':
			b.WriteString(" ")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
