package check_test

import (
	"os"
	"testing"
)

// TestDebugFile checks the file named by $CKFILE and logs its diagnostics
// (a debugging aid: CKFILE=x.cs go test ./csharp/check -run TestDebugFile -v).
func TestDebugFile(t *testing.T) {
	p := os.Getenv("CKFILE")
	if p == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(p)
	for _, d := range checkSrc(t, p, src) {
		t.Log(d)
	}
}
