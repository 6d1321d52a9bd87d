//go:build debugfacade

package eval_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"rpbench/csharp"
)

// TestDebugFacade runs one program through the facade (with csharp/dotnet)
// and logs its output: CSHARP_FILE=path.cs go test -tags debugfacade ./csharp/eval -run DebugFacade -v
func TestDebugFacade(t *testing.T) {
	path := os.Getenv("CSHARP_FILE")
	if path == "" {
		t.Skip("set CSHARP_FILE to a C# program")
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code, err := csharp.Exec(path, src, csharp.Options{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader("")})
	t.Logf("exit %d err %v\nstdout:\n%s\nstderr:\n%s", code, err, out.String(), errb.String())
}
