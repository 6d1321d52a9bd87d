package syntax

import (
	"testing"
)

func TestDumpExpr(t *testing.T) {
	x, err := ParseExpr(`a?.b.c(1, out var d)`)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + Dump(x))
}
