// Package monotest reads the C# conformance corpus (csharp/testdata/programs) and, where Mono is
// installed, compiles and runs its programs with Mono's mcs and mono to prove that the recorded
// expected outputs are real C#'s.
//
// A corpus program is NNN_topic_what.cs next to NNN_topic_what.out (the exact stdout) and, when
// the program exits with a non-zero code, NNN_topic_what.exit (the code in decimal). Its first
// line is `// checks: ...`. A program whose expected output was written by hand for .NET 8
// (because it uses C# forms Mono's compiler rejects, or because Mono prints something else than
// .NET 8) carries a `// expect: hand-checked (...)` line among its leading comment lines; the
// Mono oracle skips those.
package monotest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// HandCheckedMarker starts the leading comment line that marks a program whose expected output
// was written by hand for .NET 8 instead of being produced by Mono.
const HandCheckedMarker = "// expect: hand-checked"

// Program is one corpus program and its expectations.
type Program struct {
	Name        string // file name without ".cs", e.g. "041_closures_loop_capture"
	Path        string // path of the .cs file
	Src         []byte // program text
	Checks      string // text of the first-line "// checks:" comment (without the prefix)
	HandChecked bool   // expected output written by hand (Mono does not decide it)
	Reason      string // the hand-checked marker's parenthesised reason, if any
	Stdout      []byte // expected stdout (contents of the .out file; nil when missing)
	HasOut      bool   // whether the .out file exists
	ExitCode    int    // expected exit code (from the .exit file; 0 when absent)
}

// OutPath returns the path of the program's expected-stdout file.
func (p *Program) OutPath() string { return strings.TrimSuffix(p.Path, ".cs") + ".out" }

// ExitPath returns the path of the program's expected-exit-code file.
func (p *Program) ExitPath() string { return strings.TrimSuffix(p.Path, ".cs") + ".exit" }

// DefaultDir returns the corpus directory relative to a test in package dir csharp/<sub>
// (depth 1) or csharp (depth 0).
func DefaultDir(depth int) string {
	parts := []string{}
	for i := 0; i < depth; i++ {
		parts = append(parts, "..")
	}
	parts = append(parts, "testdata", "programs")
	return filepath.Join(parts...)
}

// Load reads every *.cs program in dir, sorted by name, with its expectations.
func Load(dir string) ([]*Program, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.cs"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s: no *.cs programs", dir)
	}
	sort.Strings(paths)
	var progs []*Program
	for _, path := range paths {
		p, err := LoadProgram(path)
		if err != nil {
			return nil, err
		}
		progs = append(progs, p)
	}
	return progs, nil
}

// LoadProgram reads one program and its .out/.exit files.
func LoadProgram(path string) (*Program, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	p := &Program{Name: strings.TrimSuffix(filepath.Base(path), ".cs"), Path: path, Src: src}
	for i, line := range strings.Split(string(src), "\n") {
		line = strings.TrimSpace(strings.TrimPrefix(line, "\ufeff"))
		if !strings.HasPrefix(line, "//") {
			break
		}
		if i == 0 && strings.HasPrefix(line, "// checks:") {
			p.Checks = strings.TrimSpace(strings.TrimPrefix(line, "// checks:"))
		}
		if strings.HasPrefix(line, HandCheckedMarker) {
			p.HandChecked = true
			rest := strings.TrimSpace(strings.TrimPrefix(line, HandCheckedMarker))
			p.Reason = strings.TrimSuffix(strings.TrimPrefix(rest, "("), ")")
		}
	}
	if p.Checks == "" {
		return nil, fmt.Errorf("%s:1:1: first line must be a \"// checks: ...\" comment", path)
	}
	out, err := os.ReadFile(p.OutPath())
	switch {
	case err == nil:
		p.Stdout, p.HasOut = out, true
	case !os.IsNotExist(err):
		return nil, err
	}
	ex, err := os.ReadFile(p.ExitPath())
	switch {
	case err == nil:
		n, err := strconv.Atoi(string(bytes.TrimSpace(ex)))
		if err != nil {
			return nil, fmt.Errorf("%s: bad exit code: %v", p.ExitPath(), err)
		}
		p.ExitCode = n
	case !os.IsNotExist(err):
		return nil, err
	}
	return p, nil
}

// FirstDiff describes the first line where got differs from want, or returns "" when they are
// byte-for-byte equal.
func FirstDiff(want, got []byte) string {
	if bytes.Equal(want, got) {
		return ""
	}
	wl := lines(want)
	gl := lines(got)
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n  want %s\n  got  %s", i+1, show(w, i < len(wl)), show(g, i < len(gl)))
		}
	}
	return "outputs differ"
}

// lines splits b after each newline; a final newline does not start an empty line.
func lines(b []byte) []string {
	l := strings.SplitAfter(string(b), "\n")
	if len(l) > 0 && l[len(l)-1] == "" {
		l = l[:len(l)-1]
	}
	return l
}

func show(s string, present bool) string {
	if !present {
		return "(end of output)"
	}
	return strconv.Quote(s)
}
