package syntax

import (
	"os"
	"path/filepath"
	"testing"
)

// addSeeds adds every testdata source (samples and error tests) to the corpus.
func addSeeds(f *testing.F) {
	for _, pat := range []string{"testdata/*.cs", "testdata/errors/*.cs"} {
		files, _ := filepath.Glob(pat)
		for _, path := range files {
			if src, err := os.ReadFile(path); err == nil {
				f.Add(src)
			}
		}
	}
	for _, s := range []string{"", "$\"{", "\"\"\"", "#if", "x is (", "a<b<c>>d", "new int[", "@", "'\\u", "$$\"\"\"{{{"} {
		f.Add([]byte(s))
	}
}

// FuzzScan checks that the scanner never panics or loops, and that token
// positions increase.
func FuzzScan(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		s := newScanner("f.cs", src, newDiagSink())
		s.scanAll()
		last := int32(-1)
		for _, tk := range s.toks {
			if tk.pos.Offset < last || int(tk.pos.Offset) > len(src) {
				t.Fatalf("token %v at offset %d after %d (len %d)", tk.tok, tk.pos.Offset, last, len(src))
			}
			last = tk.pos.Offset
		}
	})
}

// FuzzParse checks that the parser never panics (the panic recovery is off)
// and that every diagnostic has a position inside the file.
func FuzzParse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		file, err := parseFile("f.cs", src, false, nil)
		if file == nil {
			t.Fatal("nil file")
		}
		// broken trees must still be walkable and printable
		Inspect(file, func(Node) bool { return true })
		_ = Format(file)
		if err != nil {
			for _, d := range err.(Diagnostics) {
				if d.Pos.Line < 1 || int(d.Pos.Offset) > len(src) || d.Code == "" {
					t.Fatalf("bad diagnostic %v (offset %d, len %d)", d, d.Pos.Offset, len(src))
				}
			}
			return
		}
		// what parses must print and re-parse
		out := Format(file)
		if _, err := parseFile("f.cs", []byte(out), false, nil); err != nil {
			t.Fatalf("printed source does not parse: %v\n--- source\n%s\n--- printed\n%s", err, src, out)
		}
	})
}
