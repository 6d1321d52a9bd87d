package syntaxtest

import (
	"strings"
	"testing"

	"rpbench/csharp/syntax"
)

// The harness must be able to fail: a missing, an unexpected and a
// misplaced diagnostic are all reported.
func TestMismatches(t *testing.T) {
	src := []byte("class C {\n  int x = 1 /* ERROR \"CS1002\" */\n  int y; /* ERROR \"CS0000\" */\n}\n")
	at := func(line, col, off int) syntax.Pos {
		return syntax.Pos{File: "a.cs", Line: int32(line), Col: int32(col), Offset: int32(off)}
	}
	good := []syntax.Diagnostic{{Pos: at(2, 12, 21), Code: "CS1002", Msg: "; expected"}}
	ms := Mismatches(src, good)
	if len(ms) != 1 || !strings.Contains(ms[0], "missing diagnostic CS0000") {
		t.Errorf("got %q", ms)
	}
	bad := []syntax.Diagnostic{{Pos: at(1, 1, 0), Code: "CS1002", Msg: "; expected"}}
	ms = Mismatches(src, bad)
	if len(ms) != 3 {
		t.Errorf("want unexpected + 2 missing, got %q", ms)
	}
	// message patterns
	src2 := []byte("x /* ERROR \"CS1\" \"^a+$\" */")
	d := []syntax.Diagnostic{{Pos: at(1, 1, 0), Code: "CS1", Msg: "aaa"}}
	if ms := Mismatches(src2, d); len(ms) != 0 {
		t.Errorf("got %q", ms)
	}
	d[0].Msg = "b"
	if ms := Mismatches(src2, d); len(ms) != 2 {
		t.Errorf("got %q", ms)
	}
}
