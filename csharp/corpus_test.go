package csharp

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"rpbench/csharp/monotest"
)

var (
	corpusTimeout     = flag.Duration("corpus.timeout", 30*time.Second, "wall-clock limit per corpus program")
	corpusUpdateKnown = flag.Bool("corpus.update-known", false, "rewrite "+knownFailuresFile+" with the programs that fail now")
)

// knownFailuresFile lists the corpus programs the engine does not pass yet, one name a line
// ("#" starts a comment). The list is a ratchet: a listed program that fails is skipped with
// its failure, an unlisted one that fails fails the test, and a listed one that passes fails
// the test too, so the list only shrinks. -corpus.update-known rewrites it.
const knownFailuresFile = "testdata/corpus-known-failures.txt"

// loadKnownFailures reads knownFailuresFile; a missing file is an empty list.
func loadKnownFailures(t *testing.T) map[string]bool {
	known := map[string]bool{}
	data, err := os.ReadFile(knownFailuresFile)
	if errors.Is(err, os.ErrNotExist) {
		return known
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if line = strings.TrimSpace(line); line != "" {
			known[line] = true
		}
	}
	return known
}

// syncBuffer is a bytes.Buffer safe for the abandoned goroutine of a timed-out program.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) Bytes() []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]byte(nil), b.buf.Bytes()...)
}

func (b *syncBuffer) String() string { return string(b.Bytes()) }

// TestCorpus runs every program of the conformance corpus (testdata/programs) on the engine
// through Exec and compares its stdout and exit code with the recorded expectations, byte for
// byte. Each program is a subtest named after its file, so
//
//	go test ./csharp -run 'TestCorpus/041_'
//
// runs one program; -corpus.timeout bounds each program's wall-clock time. The expectations
// are real C#'s: Mono produced them (see package monotest) or, for programs marked
// hand-checked, they were written for .NET 8.
func TestCorpus(t *testing.T) {
	progs, err := monotest.Load(monotest.DefaultDir(0))
	if err != nil {
		t.Fatal(err)
	}
	known := loadKnownFailures(t)
	passed, failed := 0, 0
	var failures []string
	for _, p := range progs {
		ran := false // false when -run filtered the subtest out
		failedNow := false
		ok := t.Run(p.Name, func(t *testing.T) {
			ran = true
			if known[p.Name] && !*corpusUpdateKnown {
				defer func() {
					if !failedNow {
						t.Errorf("%s passes now: remove it from %s (or run with -corpus.update-known)", p.Name, knownFailuresFile)
					}
				}()
			}
			// fail records a failure; a known failure is reported as a skip.
			fail := func(format string, args ...any) {
				failedNow = true
				msg := fmt.Sprintf(format, args...)
				if known[p.Name] || *corpusUpdateKnown {
					t.Skip("known failure: " + msg)
				}
				t.Fatal(msg)
			}
			if !p.HasOut {
				fail("%s: no expected output %s", p.Name, p.OutPath())
			}
			var stdout, stderr syncBuffer
			type result struct {
				code int
				err  error
			}
			done := make(chan result, 1)
			go func() {
				code, err := Exec(p.Name+".cs", p.Src, Options{
					Stdout:   &stdout,
					Stderr:   &stderr,
					Stdin:    strings.NewReader(""),
					MaxSteps: 200_000_000,
				})
				done <- result{code, err}
			}()
			var r result
			select {
			case r = <-done:
			case <-time.After(*corpusTimeout):
				// Exec cannot be interrupted: the goroutine is abandoned.
				fail("%s (%s): still running after %v (hang?)\nstdout so far:\n%s", p.Name, p.Checks, *corpusTimeout, stdout.String())
			}
			code, err := r.code, r.err
			if err != nil {
				fail("%s (%s): Exec failed: %v\nstdout so far:\n%s", p.Name, p.Checks, err, stdout.String())
			}
			if d := monotest.FirstDiff(p.Stdout, stdout.Bytes()); d != "" {
				fail("%s (%s): stdout differs from %s at %s", p.Name, p.Checks, p.OutPath(), d)
			}
			if code != p.ExitCode {
				fail("%s (%s): exit code %d, want %d; stderr:\n%s", p.Name, p.Checks, code, p.ExitCode, stderr.String())
			}
		})
		switch {
		case !ran:
		case ok && !failedNow:
			passed++
		default:
			failed++
			failures = append(failures, p.Name)
		}
	}
	if *corpusUpdateKnown {
		var b strings.Builder
		b.WriteString("# Corpus programs the engine does not pass yet (see TestCorpus in corpus_test.go).\n")
		b.WriteString("# Regenerate: go test ./csharp -run TestCorpus -corpus.update-known\n")
		for _, name := range failures {
			b.WriteString(name + "\n")
		}
		if err := os.WriteFile(knownFailuresFile, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("corpus: %d passed, %d failed", passed, failed)
	if failed > 0 && testing.Verbose() {
		t.Log("failed: " + strings.Join(failures, " "))
	}
}
