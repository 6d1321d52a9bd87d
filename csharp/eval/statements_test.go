package eval

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"rpbench/csharp/syntax"
)

// TestStatementErrors runs programs that the checker would not let through
// (or that run away) on the bare interpreter: each must end with a
// positioned error, never a panic or a hang.
func TestStatementErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"backward goto runs away",
			"class P { static void Main() { int i = 0;\n top: i++;\n goto top; } }",
			"step budget of 10000 exceeded"},
		{"goto into a nested block",
			"class P { static void Main() {\n goto inner;\n { inner: ; } } }",
			"x.cs(2,2): No such label 'inner' within the scope of the goto statement"},
		{"goto out of a lambda",
			"class P { static void Main() {\n done: ;\n System.Action a = () => { goto done; }; a(); } }",
			"No such label 'done'"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := syntax.ParseFile("x.cs", []byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			in, err := New(Config{Stdout: &out, Stderr: &out, MaxSteps: 10000,
				Host: NewVirtualLoop(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))})
			if err != nil {
				t.Fatal(err)
			}
			if err := in.Load(f); err != nil {
				t.Fatal(err)
			}
			_, err = in.Run(nil)
			got := out.String()
			if err != nil {
				got += err.Error()
			}
			if !strings.Contains(got, tc.want) {
				t.Errorf("got %q, want it to contain %q", got, tc.want)
			}
		})
	}
}
