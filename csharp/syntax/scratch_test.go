package syntax

import (
	"os"
	"testing"
)

func TestScratch(t *testing.T) {
	src := os.Getenv("SRC")
	if src == "" {
		t.Skip()
	}
	f, err := ParseFile("s.cs", []byte(src))
	t.Logf("%v\n%s", err, Format(f))
}
