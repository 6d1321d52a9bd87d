package eval

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rpbench/csharp/syntax"
)

var update = flag.Bool("update", false, "rewrite the // Output: trailers of testdata programs")

// runProgram parses and runs a C# program, returning stdout+stderr and the exit code.
func runProgram(t testing.TB, name string, src []byte) (string, int, error) {
	f, err := syntax.ParseFile(name, src)
	if err != nil {
		return "", 0, err
	}
	var out bytes.Buffer
	in, err := New(Config{Stdout: &out, Stderr: &out, MaxSteps: 5e7,
		Host: NewVirtualLoop(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))})
	if err != nil {
		return "", 0, err
	}
	if err := in.Load(f); err != nil {
		return "", 0, err
	}
	code, err := in.Run(nil)
	if err != nil {
		out.WriteString("error: " + err.Error() + "\n")
	}
	return out.String(), code, nil
}

// TestPrograms runs testdata/*.cs; each ends with a "// Output:" comment
// block holding the expected output (lines prefixed by "// ").
func TestPrograms(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.cs")
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			text := string(src)
			i := strings.Index(text, "\n// Output:\n")
			want := ""
			body := text
			if i >= 0 {
				body = text[:i+1]
				for _, l := range strings.SplitAfter(text[i+len("\n// Output:\n"):], "\n") {
					if l == "" {
						continue
					}
					l = strings.TrimPrefix(l, "//")
					l = strings.TrimPrefix(l, " ")
					want += l
				}
			}
			got, code, err := runProgram(t, file, []byte(body))
			if err != nil {
				t.Fatalf("load: %v", err)
			}
			if code != 0 {
				got += "exit " + itoa(code) + "\n"
			}
			if *update {
				var b strings.Builder
				b.WriteString(body)
				b.WriteString("// Output:\n")
				for _, l := range strings.SplitAfter(got, "\n") {
					if l == "" {
						continue
					}
					b.WriteString("// " + l)
				}
				os.WriteFile(file, []byte(b.String()), 0o644)
				return
			}
			if got != want {
				t.Errorf("output mismatch\n--- got\n%s--- want\n%s", got, want)
			}
		})
	}
}
