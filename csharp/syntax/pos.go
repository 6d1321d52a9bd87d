package syntax

import (
	"fmt"
	"sort"
	"strings"
)

// A Pos is a position in a source file. Line and Col are 1-based; Col counts
// runes (not bytes, not UTF-16 units) from the start of the line. Offset is the
// 0-based byte offset in the file. The zero Pos is "no position".
type Pos struct {
	File   string // file name as given to the parser
	Line   int32  // 1-based line
	Col    int32  // 1-based column, in runes
	Offset int32  // 0-based byte offset
}

// IsValid reports whether p is a real position.
func (p Pos) IsValid() bool { return p.Line > 0 }

// String formats p the way the C# compiler does: "file(line,col)".
// Without a file name it is "(line,col)"; an invalid position is "-".
func (p Pos) String() string {
	if !p.IsValid() {
		if p.File != "" {
			return p.File
		}
		return "-"
	}
	return fmt.Sprintf("%s(%d,%d)", p.File, p.Line, p.Col)
}

// Before reports whether p comes before q in the same file.
func (p Pos) Before(q Pos) bool { return p.Offset < q.Offset }

// Severity says whether a Diagnostic is an error or a warning.
type Severity uint8

// Severities.
const (
	SevError   Severity = iota // an error: the file does not compile
	SevWarning                 // a warning (#warning, unreachable code, ...)
)

// A Diagnostic is one compiler message with the C# compiler's code,
// e.g. {Pos, "CS1002", "; expected"}.
type Diagnostic struct {
	Pos      Pos
	Code     string // "CS1002"; "" when the message has no code
	Msg      string // the message, without position or code
	Severity Severity
}

// String formats d as the C# compiler does:
// "file(line,col): error CS1002: ; expected".
func (d Diagnostic) String() string {
	sev := "error"
	if d.Severity == SevWarning {
		sev = "warning"
	}
	var b strings.Builder
	b.WriteString(d.Pos.String())
	b.WriteString(": ")
	b.WriteString(sev)
	if d.Code != "" {
		b.WriteString(" ")
		b.WriteString(d.Code)
	}
	b.WriteString(": ")
	b.WriteString(d.Msg)
	return b.String()
}

// Diagnostics is a list of diagnostics. It implements error: Error prints one
// diagnostic per line.
type Diagnostics []Diagnostic

// Add appends a diagnostic.
func (l *Diagnostics) Add(pos Pos, code, msg string) {
	*l = append(*l, Diagnostic{Pos: pos, Code: code, Msg: msg})
}

// Len, Less and Swap implement sort.Interface: by file, then offset, then code.
func (l Diagnostics) Len() int      { return len(l) }
func (l Diagnostics) Swap(i, j int) { l[i], l[j] = l[j], l[i] }
func (l Diagnostics) Less(i, j int) bool {
	a, b := l[i].Pos, l[j].Pos
	if a.File != b.File {
		return a.File < b.File
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	if a.Col != b.Col {
		return a.Col < b.Col
	}
	return l[i].Code < l[j].Code
}

// Sort sorts the list by position (stable, so equal positions keep their order).
func (l Diagnostics) Sort() { sort.Stable(l) }

// HasErrors reports whether the list holds at least one error (not only warnings).
func (l Diagnostics) HasErrors() bool {
	for _, d := range l {
		if d.Severity == SevError {
			return true
		}
	}
	return false
}

// Error prints the diagnostics one per line, without a trailing newline.
func (l Diagnostics) Error() string {
	var b strings.Builder
	for i, d := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(d.String())
	}
	return b.String()
}

// Err returns l as an error if it holds at least one error, else nil.
func (l Diagnostics) Err() error {
	if l.HasErrors() {
		return l
	}
	return nil
}
