// Package syntaxtest is the test harness for C# error tests: source files
// that mark each expected diagnostic with a comment next to the fault,
//
//	x = 1 /* ERROR "CS1002" */
//	Foo(; /* ERROR "CS1525" "Invalid expression term ';'" */
//
// The first string is the diagnostic's code; the optional second string is a
// regular expression its message must match. A comment applies to the
// whitespace-separated chunks of text just before and just after it on the
// same line: the diagnostic must lie between the start of the chunk before
// and the end of the chunk after. A comment with nothing before it on its
// line applies to the next text after it, on any line (for errors at the
// end of the file, such as CS1027).
//
// Every diagnostic must be expected and every expectation met, so the
// files also prove that errors do not cascade. The parser's tests
// (csharp/syntax) and the checker's (csharp/check) share this harness.
package syntaxtest

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"rpbench/csharp/syntax"
)

// An Expectation is one ERROR comment: a diagnostic with Code (and a
// message matching Msg, when set) must be reported at a byte offset in
// [Lo, Hi].
type Expectation struct {
	Line   int            // line of the comment (for messages)
	Code   string         // "CS1002"
	Msg    *regexp.Regexp // nil: any message
	Lo, Hi int            // accepted byte offsets of the diagnostic (inclusive)
	met    bool
}

var errorRE = regexp.MustCompile(`/\*\s*ERROR\s+"([^"]*)"(?:\s+"((?:[^"\\]|\\.)*)")?\s*\*/`)

// Expectations returns the ERROR comments of src.
func Expectations(src []byte) ([]*Expectation, error) {
	var list []*Expectation
	for _, m := range errorRE.FindAllSubmatchIndex(src, -1) {
		start, end := m[0], m[1]
		e := &Expectation{Code: string(src[m[2]:m[3]]), Line: 1 + strings.Count(string(src[:start]), "\n")}
		if m[4] >= 0 {
			pat, err := strconv.Unquote(`"` + string(src[m[4]:m[5]]) + `"`)
			if err != nil {
				return nil, fmt.Errorf("line %d: bad message pattern: %v", e.Line, err)
			}
			re, err := regexp.Compile(pat)
			if err != nil {
				return nil, fmt.Errorf("line %d: bad message pattern: %v", e.Line, err)
			}
			e.Msg = re
		}
		// the chunk before the comment on the same line, if any
		i := start
		for i > 0 && (src[i-1] == ' ' || src[i-1] == '\t') {
			i--
		}
		if i == 0 || src[i-1] == '\n' || src[i-1] == '\r' {
			// nothing before: the next text after the comment, on any line
			j := end
			for j < len(src) && isSpace(src[j]) {
				j++
			}
			e.Lo, e.Hi = end, j
		} else {
			k := i
			for k > 0 && !isSpace(src[k-1]) {
				k--
			}
			e.Lo = k
			// and the chunk after the comment on the same line
			j := end
			for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
				j++
			}
			for j < len(src) && !isSpace(src[j]) {
				j++
			}
			e.Hi = j
		}
		list = append(list, e)
	}
	return list, nil
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// Check compares diags with the ERROR comments of src and reports every
// unexpected diagnostic and every unmet expectation through t.
func Check(t testing.TB, filename string, src []byte, diags []syntax.Diagnostic) {
	t.Helper()
	for _, msg := range Mismatches(src, diags) {
		t.Errorf("%s: %s", filename, msg)
	}
}

// Mismatches returns one line per unexpected diagnostic or unmet expectation.
// Warnings are ignored unless an ERROR comment names their code.
func Mismatches(src []byte, diags []syntax.Diagnostic) []string {
	exps, err := Expectations(src)
	if err != nil {
		return []string{err.Error()}
	}
	var out []string
	for _, d := range diags {
		off := int(d.Pos.Offset)
		found := false
		for _, e := range exps {
			if e.met || e.Code != d.Code || off < e.Lo || off > e.Hi {
				continue
			}
			if e.Msg != nil && !e.Msg.MatchString(d.Msg) {
				continue
			}
			e.met = true
			found = true
			break
		}
		if !found && d.Severity == syntax.SevError {
			out = append(out, "unexpected diagnostic "+d.String())
		}
	}
	for _, e := range exps {
		if !e.met {
			s := fmt.Sprintf("line %d: missing diagnostic %s", e.Line, e.Code)
			if e.Msg != nil {
				s += " matching " + strconv.Quote(e.Msg.String())
			}
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

// RunDir runs one subtest per *.cs file in dir: fn returns the file's
// diagnostics, which are compared with its ERROR comments.
func RunDir(t *testing.T, dir string, fn func(filename string, src []byte) []syntax.Diagnostic) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.cs"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no .cs files in %s", dir)
	}
	for _, path := range files {
		path := path
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			name := filepath.Base(path)
			diags := fn(name, src)
			for _, d := range diags {
				t.Log(d)
			}
			Check(t, name, src, diags)
		})
	}
}

// ParseDiagnostics parses src and returns its syntax diagnostics (errors
// and warnings); a helper for RunDir.
func ParseDiagnostics(filename string, src []byte) []syntax.Diagnostic {
	f, err := syntax.ParseFile(filename, src)
	if err == nil {
		return f.Warnings
	}
	return err.(syntax.Diagnostics)
}
