package syntax

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestDeleteOneToken deletes each token of each sample in turn: the
// parser must not panic, and most mutants must give few errors (no
// cascades). Set MUTATE_FILE to run one file; -v lists the mutants.
func TestDeleteOneToken(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.cs")
	if testing.Short() {
		files = []string{"testdata/ParkingRoutePointSample.cs"}
	}
	if f := os.Getenv("MUTATE_FILE"); f != "" {
		files = []string{f}
	}
	for _, file := range files {
		if strings.HasSuffix(file, ".flat.cs") {
			continue
		}
		t.Run(filepath.Base(file), func(t *testing.T) { deleteOneToken(t, file) })
	}
}

func deleteOneToken(t *testing.T, file string) {
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	s := newScanner("p.cs", src, newDiagSink())
	s.scanAll()
	hist := map[int]int{}
	many, total := 0, 0
	worst := 0
	var worstSrc string
	for i, tk := range s.toks {
		if tk.tok == EOF {
			break
		}
		mut := append(append([]byte{}, src[:tk.pos.Offset]...), src[tk.endOff:]...)
		f, err := ParseFile("p.cs", mut)
		// the tree of a broken file must still be walkable and printable
		Inspect(f, func(Node) bool { return true })
		_ = Format(f)
		n := 0
		if err != nil {
			n = len(err.(Diagnostics))
		}
		hist[n]++
		if n == 0 && testing.Verbose() {
			t.Logf("deleting %q at %v: no error", tk.text, tk.pos)
		}
		if n > worst {
			worst = n
			worstSrc = "deleted token " + itoa(i) + " " + tk.text + " at " + tk.pos.String() + "\n" + err.Error()
		}
		if n > 3 {
			many++
			if testing.Verbose() {
				t.Logf("deleting %q at %v: %d errors:\n%v", tk.text, tk.pos, n, err)
			}
		}
		total++
	}
	var keys []int
	for k := range hist {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		t.Logf("%d errors: %d mutants", k, hist[k])
	}
	t.Log("worst: " + worstSrc)
	// Recovery is heuristic (a missing brace can still cascade), but most
	// single-token faults must give at most 3 errors.
	if many*20 > total {
		t.Errorf("%d of %d mutants give more than 3 errors", many, total)
	}
	if hist[0]*5 > total*2 { // deleting a modifier, a "." between names, ... is often still valid
		t.Errorf("%d of %d mutants parse without error", hist[0], total)
	}
}
