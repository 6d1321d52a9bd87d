package check_test

import (
	"os"
	"testing"
)

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
