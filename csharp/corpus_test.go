package csharp

import (
	"bytes"
	"flag"
	"strings"
	"sync"
	"testing"
	"time"

	"rpbench/csharp/monotest"
)

var corpusTimeout = flag.Duration("corpus.timeout", 30*time.Second, "wall-clock limit per corpus program")

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
	passed, failed := 0, 0
	var failures []string
	for _, p := range progs {
		ran := false // false when -run filtered the subtest out
		ok := t.Run(p.Name, func(t *testing.T) {
			ran = true
			if !p.HasOut {
				t.Fatalf("%s: no expected output %s", p.Name, p.OutPath())
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
				t.Fatalf("%s (%s): still running after %v (hang?)\nstdout so far:\n%s", p.Name, p.Checks, *corpusTimeout, stdout.String())
			}
			code, err := r.code, r.err
			if err != nil {
				t.Fatalf("%s (%s): Exec failed: %v\nstdout so far:\n%s", p.Name, p.Checks, err, stdout.String())
			}
			if d := monotest.FirstDiff(p.Stdout, stdout.Bytes()); d != "" {
				t.Errorf("%s (%s): stdout differs from %s at %s", p.Name, p.Checks, p.OutPath(), d)
			}
			if code != p.ExitCode {
				t.Errorf("%s (%s): exit code %d, want %d; stderr:\n%s", p.Name, p.Checks, code, p.ExitCode, stderr.String())
			}
		})
		switch {
		case !ran:
		case ok:
			passed++
		default:
			failed++
			failures = append(failures, p.Name)
		}
	}
	t.Logf("corpus: %d passed, %d failed", passed, failed)
	if failed > 0 && testing.Verbose() {
		t.Log("failed: " + strings.Join(failures, " "))
	}
}
