package monotest

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the .out/.exit files of Mono-checked programs from Mono's output")

// TestMonoOracle compiles and runs every program that is not hand-checked with Mono and
// compares its stdout and exit code with the recorded expectations, byte for byte.
func TestMonoOracle(t *testing.T) {
	progs, err := Load(DefaultDir(1))
	if err != nil {
		t.Fatal(err)
	}
	m, err := Find()
	if err != nil {
		t.Skipf("Mono oracle skipped: %v", err)
	}
	t.Logf("oracle: %s, cache %s", m.Version, m.CacheDir)
	start := time.Now()
	var checked, hand atomic.Int32
	t.Run("prog", func(t *testing.T) {
		for _, p := range progs {
			if p.HandChecked {
				hand.Add(1)
				continue
			}
			t.Run(p.Name, func(t *testing.T) {
				t.Parallel()
				checked.Add(1)
				ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
				defer cancel()
				res, err := m.CompileAndRun(ctx, p)
				if err != nil {
					t.Fatalf("%v\n(if Mono cannot compile it, mark it %q with the reason)", err, HandCheckedMarker)
				}
				if *update {
					if err := writeExpect(p, res); err != nil {
						t.Fatal(err)
					}
					return
				}
				if !p.HasOut {
					t.Fatalf("%s missing (run go test ./csharp/monotest -update)", p.OutPath())
				}
				if d := FirstDiff(p.Stdout, res.Stdout); d != "" {
					t.Errorf("%s (%s): Mono's stdout differs from %s at %s", p.Name, p.Checks, p.OutPath(), d)
				}
				if res.ExitCode != p.ExitCode {
					t.Errorf("%s: exit code %d, want %d; stderr:\n%s", p.Name, res.ExitCode, p.ExitCode, res.Stderr)
				}
			})
		}
	})
	t.Logf("oracle: %d programs checked with Mono, %d hand-checked skipped, %v", checked.Load(), hand.Load(), time.Since(start).Round(time.Millisecond))
}

func writeExpect(p *Program, res *Result) error {
	if err := os.WriteFile(p.OutPath(), res.Stdout, 0o644); err != nil {
		return err
	}
	if res.ExitCode != 0 {
		return os.WriteFile(p.ExitPath(), []byte(fmt.Sprintf("%d\n", res.ExitCode)), 0o644)
	}
	if err := os.Remove(p.ExitPath()); err != nil && !os.IsNotExist(err) {
		return err
	}
	return nil
}

// TestCorpusShape checks the corpus's own rules: names, first-line comments, expectations present.
func TestCorpusShape(t *testing.T) {
	progs, err := Load(DefaultDir(1))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	hand := 0
	for _, p := range progs {
		num, rest, ok := strings.Cut(p.Name, "_")
		if !ok || len(num) != 3 || strings.Trim(num, "0123456789") != "" || rest == "" {
			t.Errorf("%s: name must be NNN_topic_what.cs", p.Path)
		}
		if other, dup := seen[num]; dup {
			t.Errorf("%s: number %s already used by %s", p.Path, num, other)
		}
		seen[num] = p.Name
		if p.HandChecked {
			hand++
			if p.Reason == "" {
				t.Errorf("%s: hand-checked marker needs a reason in parentheses", p.Path)
			}
			if !p.HasOut {
				t.Errorf("%s: hand-checked program without %s", p.Path, p.OutPath())
			}
		}
		if !p.HasOut && !*update {
			t.Errorf("%s: missing %s", p.Path, p.OutPath())
		}
	}
	t.Logf("corpus: %d programs, %d Mono-checked, %d hand-checked", len(progs), len(progs)-hand, hand)
}

func TestFirstDiff(t *testing.T) {
	tests := []struct{ want, got, diff string }{
		{"a\nb\n", "a\nb\n", ""},
		{"a\nb\n", "a\nc\n", "line 2:\n  want \"b\\n\"\n  got  \"c\\n\""},
		{"a\n", "a\nb\n", "line 2:\n  want (end of output)\n  got  \"b\\n\""},
		{"a\n", "a", "line 1:\n  want \"a\\n\"\n  got  \"a\""},
	}
	for _, tt := range tests {
		if d := FirstDiff([]byte(tt.want), []byte(tt.got)); d != tt.diff {
			t.Errorf("FirstDiff(%q, %q) = %q, want %q", tt.want, tt.got, d, tt.diff)
		}
	}
}
