package syntax

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden parses each testdata/*.cs file (except the error tests in
// testdata/errors) and compares the tree dump with testdata/*.golden.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.cs"))
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range files {
		if strings.HasSuffix(path, ".flat.cs") {
			continue
		}
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f, err := ParseFile(filepath.Base(path), src)
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			got := Dump(f)
			golden := strings.TrimSuffix(path, ".cs") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("tree differs from %s (run go test -update and review the diff):\n%s", golden, firstDiff(string(want), got))
			}
		})
	}
}

// TestRoundTrip prints every sample back as C# with Format, parses the
// output again and checks that the trees are the same (positions aside).
func TestRoundTrip(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.cs"))
	for _, path := range files {
		if strings.HasSuffix(path, ".flat.cs") {
			continue
		}
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f1, err := ParseFile("a.cs", src)
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			out := Format(f1)
			f2, err := ParseFile("a.cs", []byte(out))
			if err != nil {
				t.Fatalf("reparse of the printed source: %v\n%s", err, out)
			}
			d1, d2 := normalizeDump(DumpNoPos(f1)), normalizeDump(DumpNoPos(f2))
			if d1 != d2 {
				t.Errorf("round trip changed the tree:\n%s\nprinted source:\n%s", firstDiff(d1, d2), out)
			}
		})
	}
}

// normalizeDump removes the fields that record only the spelling of a
// literal (verbatim, raw), which Format normalises.
var spellingRE = regexp.MustCompile(` (Verbatim|RawStr|Dollars=\d+|Defines=\[.*\])`)

func normalizeDump(s string) string { return spellingRE.ReplaceAllString(s, "") }

// firstDiff shows the first differing line of two texts with some context.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			lo := i - 3
			if lo < 0 {
				lo = 0
			}
			ctx := strings.Join(gl[lo:i], "\n")
			return "line " + itoa(i+1) + ":\n" + ctx + "\n- " + w + "\n+ " + g
		}
	}
	return ""
}
