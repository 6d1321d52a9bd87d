package eval

import (
	"os"
	"testing"
)

// TestDebugFile runs one program on the bare interpreter and logs its
// output: EVAL_FILE=path.cs go test ./csharp/eval -run DebugFile -v
func TestDebugFile(t *testing.T) {
	path := os.Getenv("EVAL_FILE")
	if path == "" {
		t.Skip("set EVAL_FILE to a C# program")
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out, code, err := runProgram(t, path, src)
	t.Logf("exit %d err %v\nstdout:\n%s", code, err, out)
}
