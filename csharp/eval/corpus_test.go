package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCorpus runs the shared corpus (../testdata/programs) on the bare
// interpreter (no csharp/dotnet library) and reports how many pass. It is a
// progress report, not a gate: programs that need the library fail here and
// are run for real through the facade's tests. Set EVAL_CORPUS=1 to run it,
// EVAL_CORPUS=v to list failures.
func TestCorpus(t *testing.T) {
	mode := os.Getenv("EVAL_CORPUS")
	if mode == "" {
		t.Skip("set EVAL_CORPUS=1 to run the shared corpus on the bare interpreter")
	}
	files, _ := filepath.Glob("../testdata/programs/*.cs")
	pass := 0
	for _, f := range files {
		src, _ := os.ReadFile(f)
		want, err := os.ReadFile(strings.TrimSuffix(f, ".cs") + ".out")
		if err != nil {
			continue
		}
		got, _, err := func() (out string, code int, err error) {
			defer func() {
				if r := recover(); r != nil {
					out = "PANIC: " + anyString(r)
				}
			}()
			return runProgram(t, f, src)
		}()
		if err == nil && got == string(want) {
			pass++
			continue
		}
		if mode == "v" {
			msg := ""
			if err != nil {
				msg = err.Error()
			} else {
				msg = firstDiff(got, string(want))
			}
			if len(msg) > 300 {
				msg = msg[:300]
			}
			t.Logf("FAIL %s: %s", filepath.Base(f), msg)
		}
	}
	t.Logf("corpus: %d/%d pass", pass, len(files))
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			return "line " + itoa(i+1) + ": got " + strconvQuote(a) + " want " + strconvQuote(b)
		}
	}
	return ""
}

func strconvQuote(s string) string { return "\"" + s + "\"" }
